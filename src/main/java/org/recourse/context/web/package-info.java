/** The context blocks of the staff pages: the case page's context and behaviour section, the queue's mark. */
package org.recourse.context.web;
