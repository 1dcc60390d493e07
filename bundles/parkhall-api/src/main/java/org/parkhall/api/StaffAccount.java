package org.parkhall.api;

import java.util.Set;

/** A staff account and its hall roles. */
public record StaffAccount(String user, Set<String> roles) {
}
