/** Case review: what a reviewer sees of a case, revealing a blurred preview, and deciding each item. */
package org.recourse.review;
