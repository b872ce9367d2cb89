/** Staff accounts: roles, passwords, the TOTP second factor, sign-in and the accounts administration. */
package org.recourse.staff;
