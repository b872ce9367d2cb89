/** The capacity forecast's dashboard block, chart and CSV; a reviewer's wellbeing page; the team's exposure. */
package org.recourse.workforce.web;
