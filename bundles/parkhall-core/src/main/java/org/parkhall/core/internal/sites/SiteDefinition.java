package org.parkhall.core.internal.sites;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.Site;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;

/**
 * One site per factory configuration {@code etc/org.parkhall.site-<code>.cfg}. A configuration without a valid code,
 * names or authority never puts a site in service; a later change that breaks a rule leaves the site as it was.
 */
@Component(service = SiteDefinition.class, configurationPid = "org.parkhall.site",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SiteDefinition.Config.class, factory = true)
public final class SiteDefinition {
    static final Bilingual CODE_RULE = Bilingual.of("2到4个大写字母，如 HQ、PARK", "2 to 4 capital letters, e.g. HQ, PARK");
    /** The value of {@code items} for a site that accepts the whole catalog. */
    static final String EVERY_ITEM = "*";
    private static final String ITEM_CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    @ObjectClassDefinition(name = "%site", description = "%site.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%site.code", description = "%site.code.description")
        String code();

        @AttributeDefinition(name = "%site.name_zh", description = "%site.name_zh.description")
        String name_zh();

        @AttributeDefinition(name = "%site.name_en", description = "%site.name_en.description")
        String name_en();

        @AttributeDefinition(name = "%site.address", description = "%site.address.description")
        String address();

        @AttributeDefinition(name = "%site.phone", description = "%site.phone.description")
        String phone();

        @AttributeDefinition(name = "%site.authority", description = "%site.authority.description")
        String authority();

        @AttributeDefinition(name = "%site.hours", description = "%site.hours.description")
        String hours() default "";

        @AttributeDefinition(name = "%site.items", description = "%site.items.description")
        String items() default EVERY_ITEM;
    }

    private final SettledConfiguration<Site> configuration;

    @Activate
    public SiteDefinition(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        configuration = new SettledConfiguration<>(configurations, SiteDefinition::read, properties);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        configuration.take(properties);
    }

    @Deactivate
    void withdraw() {
        configuration.withdraw();
    }

    /** The site a configuration describes, or null when a value it cannot do without is wrong. */
    static Site read(ConfigurationReader read) {
        String code = read.matching("code", Site.CODE, CODE_RULE);
        String zh = read.required("name.zh");
        String en = read.required("name.en");
        String address = read.required("address");
        String phone = read.matching("phone", "[0-9-]{3,20}", Bilingual.of("3到20位数字或连字符的电话",
                "a phone number of 3 to 20 digits or hyphens"));
        String authority = read.required("authority");
        String hours = read.text("hours", "");
        List<String> items = read.list("items", EVERY_ITEM);
        boolean everyItem = items.equals(List.of(EVERY_ITEM));
        List<String> wrong = items.stream().filter(item -> !item.matches(ITEM_CODE)).toList();
        if (!everyItem && (items.isEmpty() || !wrong.isEmpty())) {
            read.refuse("items", String.join(", ", items), Bilingual.of("* 表示全部事项，或一个或多个事项代码",
                    "* for every item, or one or more item codes"));
            return null;
        }
        return code.isEmpty() || zh.isEmpty() || en.isEmpty() || address.isEmpty() || phone.isEmpty()
                || authority.isEmpty() ? null
                : new Site(code, Bilingual.of(zh, en), address, phone, authority, hours, everyItem ? List.of() : items);
    }

    /** The site in service, if its configuration ever gave one. */
    Optional<Site> site() {
        return Optional.ofNullable(configuration.value());
    }

    SettledConfiguration<Site> configuration() {
        return configuration;
    }
}
