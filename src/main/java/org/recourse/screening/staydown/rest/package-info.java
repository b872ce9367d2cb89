/** Upload screening for the platform's services (scope "screen"). */
package org.recourse.screening.staydown.rest;
