package org.parkhall.web.internal.staff;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.StaffDirectory;
import org.parkhall.web.internal.api.Call;

/** Staff accounts, for the hall admin: the list; adding {@code {user, password, roles[]}}; roles; removal. */
@Component(service = StaffApi.class)
public final class StaffApi {
    private final StaffDirectory staff;

    @Activate
    public StaffApi(@Reference StaffDirectory staff) {
        this.staff = staff;
    }

    public Object accounts(Call call) {
        return Map.of("accounts", staff.accounts());
    }

    public Object add(Call call) {
        return staff.add(call.body().text("user"), call.body().text("password"), call.body().texts("roles"),
                call.actor());
    }

    public Object setRoles(Call call) {
        return staff.setRoles(call.parameter("user"), call.body().texts("roles"), call.actor());
    }

    public Object remove(Call call) {
        staff.remove(call.parameter("user"), call.actor());
        return Map.of("removed", call.parameter("user"));
    }
}
