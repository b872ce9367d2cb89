/** The bans page, where supervisors lift a ban and say why. */
package org.recourse.screening.bans.web;
