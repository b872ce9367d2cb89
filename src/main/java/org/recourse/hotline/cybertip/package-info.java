/**
 * NCMEC's CyberTipline provider API: our schema, the report and file XML, the client (Basic auth, bounded and safely
 * parsed answers, MD5 checks), and the delivery that resumes where an earlier attempt stopped.
 */
package org.recourse.hotline.cybertip;
