package org.wsis.deploy.demo;

/** A demo request got an answer it cannot carry on from. */
public class DemoException extends Exception {

    public DemoException(String message) {
        super(message);
    }
}
