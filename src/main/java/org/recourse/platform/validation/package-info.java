/** What is wrong with a request, field by field, as message keys both the pages and the API turn into words. */
package org.recourse.platform.validation;
