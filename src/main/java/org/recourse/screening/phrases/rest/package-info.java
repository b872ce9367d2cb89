/** Text screening for the platform's services: a comment or message against the phrase lists (scope "screen"). */
package org.recourse.screening.phrases.rest;
