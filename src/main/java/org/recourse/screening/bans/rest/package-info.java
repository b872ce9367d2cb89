/** Account screening for the platform's services: its hashed signals checked against the bans (scope "screen"). */
package org.recourse.screening.bans.rest;
