/**
 * The demo platform of the embedded default, built as an outside platform that asks the portal's public API what it
 * may show: a dozen generated, harmless pictures and the gallery showing them. Nothing in the portal imports it.
 */
package org.recourse.demo;
