package org.parkhall.core.internal.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Site;
import org.parkhall.api.SiteScope;
import org.parkhall.api.StaffAccount;
import org.parkhall.api.StaffDirectory;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.ledger.LedgerRecords;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff accounts in the Karaf realm {@value #REALM}, through the realm's own backing engine, so they are stored
 * exactly as {@code jaas:user-add} stores them (hashed per {@code etc/org.apache.karaf.jaas.cfg}). The hall
 * manages hall staff only: an account holding no hall role (Karaf's own {@code admin}, say) is not found here,
 * only hall roles are given, and closing an account that also holds Karaf roles takes away its hall roles alone.
 */
@Component(service = StaffDirectory.class)
public final class StaffService implements StaffDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(StaffService.class);
    static final String REALM = "karaf";
    /** The option naming a properties realm's users file. */
    private static final String USERS_FILE = "users";
    private static final Pattern USER = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    private static final Pattern HALL_ROLE = Pattern.compile("halladmin|clerk|guide|(approver|lead):[a-z]{2,16}|"
            + SiteScope.SITE_ADMIN + Site.CODE);

    private final Database database;
    private final EventAdmin events;
    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public StaffService(@Reference Database database, @Reference EventAdmin events) {
        this.database = database;
        this.events = events;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeFactory")
    void addFactory(BackingEngineFactory factory) {
        factories.add(factory);
    }

    void removeFactory(BackingEngineFactory factory) {
        factories.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeRealm")
    void addRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void removeRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    @Override
    public List<StaffAccount> accounts() {
        BackingEngine engine = engine();
        return engine.listUsers().stream().map(user -> account(engine, user.getName()))
                .filter(account -> !account.roles().isEmpty())
                .sorted(Comparator.comparing(StaffAccount::user)).toList();
    }

    @Override
    public Optional<StaffAccount> account(String user) {
        return hallAccount(engine(), user);
    }

    @Override
    public synchronized StaffAccount add(String user, String password, Set<String> roles, String actor) {
        String name = userName(user);
        Set<String> hallRoles = hallRoles(roles);
        checkPassword(name, password);
        StaffAccount added = changing(engine -> {
            if (engine.lookupUser(name) != null) {
                throw new HallException(ErrorCode.CONFLICT, Bilingual.of("账号已存在：" + name, "the account exists: " + name));
            }
            engine.addUser(name, password);
            hallRoles.forEach(role -> engine.addRole(name, role));
            return account(engine, name);
        });
        record(actor, "STAFF_ADDED", name, hallRoles);
        return added;
    }

    @Override
    public synchronized StaffAccount setRoles(String user, Set<String> roles, String actor) {
        String name = userName(user);
        Set<String> hallRoles = hallRoles(roles);
        StaffAccount after = changing(engine -> {
            StaffAccount before = existing(engine, name);
            if (before.roles().contains("halladmin") && !hallRoles.contains("halladmin")) {
                keepAnAdmin(engine, name);
            }
            before.roles().stream().filter(role -> !hallRoles.contains(role))
                    .forEach(role -> engine.deleteRole(name, role));
            hallRoles.stream().filter(role -> !before.roles().contains(role))
                    .forEach(role -> engine.addRole(name, role));
            return account(engine, name);
        });
        record(actor, "STAFF_ROLES_SET", name, hallRoles);
        changed(name);
        return after;
    }

    @Override
    public synchronized void remove(String user, String actor) {
        String name = userName(user);
        if (name.equals(actor)) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("不能删除自己的账号", "you cannot close your own account"));
        }
        changing(engine -> {
            StaffAccount account = existing(engine, name);
            if (account.roles().contains("halladmin")) {
                keepAnAdmin(engine, name);
            }
            boolean karafRoles = engine.listRoles(new UserPrincipal(name)).stream()
                    .anyMatch(role -> !HALL_ROLE.matcher(role.getName()).matches());
            if (karafRoles) {
                account.roles().forEach(role -> engine.deleteRole(name, role)); // Karaf's are its admins' to take
            } else {
                engine.deleteUser(name);
            }
            return account;
        });
        record(actor, "STAFF_REMOVED", name, Set.of());
        changed(name);
    }

    private void changed(String user) {
        events.sendEvent(new Event(ACCOUNT_CHANGED_TOPIC, Map.of("user", user)));
    }

    private void keepAnAdmin(BackingEngine engine, String leaving) {
        boolean another = engine.listUsers().stream().map(UserPrincipal::getName)
                .anyMatch(other -> !other.equals(leaving) && account(engine, other).roles().contains("halladmin"));
        if (!another) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of("这是最后一个大厅管理员账号，不能取消",
                    "this is the last hall admin; it must stay"));
        }
    }

    /** The hall account of that name; one that holds no hall role is not the hall's to change. */
    private StaffAccount existing(BackingEngine engine, String name) {
        return hallAccount(engine, name).orElseThrow(() -> HallException.notFound("没有该工作人员账号：" + name,
                "no such staff account: " + name));
    }

    private static Optional<StaffAccount> hallAccount(BackingEngine engine, String name) {
        return engine.lookupUser(name) == null ? Optional.empty()
                : Optional.of(account(engine, name)).filter(account -> !account.roles().isEmpty());
    }

    private static StaffAccount account(BackingEngine engine, String name) {
        Set<String> roles = engine.listRoles(new UserPrincipal(name)).stream().map(RolePrincipal::getName)
                .filter(role -> HALL_ROLE.matcher(role).matches()).collect(Collectors.toCollection(TreeSet::new));
        return new StaffAccount(name, roles);
    }

    private BackingEngine engine() {
        return store().engine();
    }

    /** The realm's account store: the login module entry a backing engine serves, and that engine. */
    private record Store(AppConfigurationEntry entry, BackingEngine engine) {
    }

    private Store store() {
        for (JaasRealm realm : realms) {
            if (realm.getName().equals(REALM)) {
                for (AppConfigurationEntry entry : realm.getEntries()) {
                    BackingEngine engine = engines().get(entry);
                    if (engine != null) {
                        return new Store(entry, engine);
                    }
                }
            }
        }
        throw new HallException(ErrorCode.UNAVAILABLE, Bilingual.of("账号库暂不可用", "the account store is not available"));
    }

    private BackingEngineService engines() {
        BackingEngineService engines = new BackingEngineService();
        engines.setEngineFactories(List.copyOf(factories));
        return engines;
    }

    /**
     * Makes {@code changes} to the accounts. In a properties realm they are made on a copy of the users file,
     * which then replaces it in one atomic move: Karaf watches that file and saves it again to hash any password
     * left in clear, so catching one of the engine's several saves half-written it would write the torn file back
     * (seen one time in 30: a new account without its roles, and a role name left as an account of its own with an
     * empty password).
     */
    private <T> T changing(Function<BackingEngine, T> changes) {
        Store store = store();
        Object users = store.entry().getOptions().get(USERS_FILE);
        if (users == null) {
            return changes.apply(store.engine());
        }
        Path file = Path.of(users.toString());
        Path copy = file.resolveSibling(file.getFileName() + ".parkhall-edit");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Map<String, Object> options = new HashMap<>(store.entry().getOptions());
            options.put(USERS_FILE, copy.toString());
            T result = changes.apply(engines().get(new AppConfigurationEntry(store.entry().getLoginModuleName(),
                    store.entry().getControlFlag(), options)));
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException e) {
            throw new HallException(ErrorCode.UNAVAILABLE, Bilingual.of("账号库暂不可写", "the account store cannot be written"));
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", copy, e);
            }
        }
    }

    private void record(String actor, String action, String user, Set<String> roles) {
        database.inTransaction(connection -> {
            LedgerRecords.append(connection, clock.instant(), actor, action, "staff:" + user,
                    Json.GSON.toJson(Map.of("roles", String.join(",", roles))));
            return null;
        });
    }

    private static String userName(String user) {
        String name = user == null ? "" : user.strip();
        if (!USER.matcher(name).matches()) {
            throw new InvalidInputException("user", "账号名须为3至32位小写字母、数字或 . _ -，以字母开头",
                    "user names are 3-32 lower-case letters, digits or . _ -, starting with a letter");
        }
        return name;
    }

    private static Set<String> hallRoles(Set<String> roles) {
        Set<String> valid = new TreeSet<>();
        for (String role : roles == null ? Set.<String>of() : roles) {
            String trimmed = role.strip();
            if (!HALL_ROLE.matcher(trimmed).matches()) {
                throw new InvalidInputException("roles", "无效角色：" + role
                        + "（可选 halladmin、clerk、guide、approver:部门代码、lead:部门代码、siteadmin:站点代码）",
                        "not a hall role: " + role + " (halladmin, clerk, guide, approver:<department>,"
                                + " lead:<department>, siteadmin:<site>)");
            }
            valid.add(trimmed);
        }
        if (valid.isEmpty()) {
            throw new InvalidInputException("roles", "请至少选择一个角色", "choose at least one role");
        }
        return valid;
    }

    private static void checkPassword(String user, String password) {
        if (password == null || password.length() < 10 || password.length() > 128
                || !password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)
                || password.toLowerCase().contains(user)) {
            throw new InvalidInputException("password", "密码须10位以上，含字母和数字，且不含账号名",
                    "the password needs 10+ characters with letters and digits, not containing the user name");
        }
    }
}
