/** The bank pages for supervisors (browse, add, import, export, set-aside submissions) and /hash for survivors. */
package org.recourse.screening.banks.web;
