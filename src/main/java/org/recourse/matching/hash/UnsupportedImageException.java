package org.recourse.matching.hash;

import java.io.IOException;

/** Bytes that no installed image reader recognises: not a picture, or a format the JDK cannot read (such as WebP). */
public class UnsupportedImageException extends IOException {

    public UnsupportedImageException(String message) {
        super(message);
    }
}
