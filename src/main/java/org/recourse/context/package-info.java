/**
 * Context and behaviour around images (issue 17, section 4): captions, titles and comments the platform sends about
 * registered content, screened with the phrase lists (a match expedites the case on that content, and an
 * abuse-associated term opens one); and each uploader's behaviour signals, weighed in a window, that flag the account
 * for the platform's review.
 */
package org.recourse.context;
