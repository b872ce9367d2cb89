/** The demo platform of the embedded default: a dozen generated, harmless pictures and the gallery showing them. */
package org.recourse.content.demo;
