/** Jakarta Security wiring for staff: the form mechanism, the identity store and the staff credential. */
package org.recourse.staff.security;
