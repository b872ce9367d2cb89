/** Staff pages: sign-in, first-time set-up (password, second factor) and the accounts administration. */
package org.recourse.staff.web;
