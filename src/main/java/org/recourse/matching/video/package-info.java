/**
 * vPDQ, Meta's video PDQ, bit-exact with the reference C++ implementation: frames decoded by FFmpeg in a sandboxed
 * subprocess, converted to RGB as the reference's swscale does on x86, hashed with PDQ, matched frame by frame, and
 * read and written in the reference's text format.
 */
package org.recourse.matching.video;
