/** The portal's settings, read through MicroProfile Config from environment variables, -D flags or defaults. */
package org.recourse.platform.settings;
