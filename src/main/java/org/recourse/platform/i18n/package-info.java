/** Every text a person reads comes from the resource bundle org.recourse.i18n.messages, through this package. */
package org.recourse.platform.i18n;
