package org.wsis.web.pages.me;

/** One choice of a {@code <select>}: the code sent to the service and its name in the page's language. */
public record Option(String code, String name) {
}
