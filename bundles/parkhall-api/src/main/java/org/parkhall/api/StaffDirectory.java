package org.parkhall.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff accounts of the hall, kept in the Karaf JAAS realm (passwords stored hashed). Roles: {@code halladmin},
 * {@code clerk} (综窗受理), {@code guide} (咨询导办), {@code approver:<department>} and {@code lead:<department>}
 * (部门负责人: approves too, and signs off, extends, reassigns; since 3.2). Every change is recorded in
 * the ledger, never with the password.
 */
@ProviderType
public interface StaffDirectory {
    /**
     * Event Admin topic sent (synchronously) after an account's roles change or the account is closed, with the
     * user name in property {@code user}: whoever keeps sessions ends that user's, so the change takes effect at
     * once rather than at the next sign-in.
     */
    String ACCOUNT_CHANGED_TOPIC = "org/parkhall/staff/ACCOUNT_CHANGED";

    /** Accounts holding a hall role, by user name. */
    List<StaffAccount> accounts();

    /** The account as the realm has it now; empty when there is none or it holds no hall role. */
    Optional<StaffAccount> account(String user);

    /** Opens an account; the password needs at least 10 characters with letters and digits. */
    StaffAccount add(String user, String password, Set<String> roles, String actor);

    /**
     * Replaces an account's hall roles (other Karaf roles it has are kept); an account holding no hall role is not
     * the hall's and is not found.
     */
    StaffAccount setRoles(String user, Set<String> roles, String actor);

    /**
     * Closes an account, or takes away only its hall roles when it holds Karaf roles too; nobody closes their own,
     * the last hall admin stays, and an account holding no hall role is not found.
     */
    void remove(String user, String actor);
}
