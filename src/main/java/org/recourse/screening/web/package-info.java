/** Staff pages of the banks and bans, and the public page where a survivor hashes a picture on their own device. */
package org.recourse.screening.web;
