package org.parkhall.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.spi.Fee;
import org.parkhall.spi.Material;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

/** {@code hall:item <code>}: one item with its whole service guide (办事指南). */
@Service
@Command(scope = "hall", name = "item", description = "Shows an item's service guide / 办事指南")
public final class ItemCommand implements Action {

    @Argument(name = "code", description = "事项编码 / item code, e.g. AMR-REG-01", required = true)
    @Completion(ItemCodeCompleter.class)
    private String code;

    @Reference
    private Catalog catalog;

    @Override
    public Object execute() {
        CatalogEntry entry = catalog.entry(code).orElse(null);
        if (entry == null) {
            System.out.println("没有该事项 / no such item: " + code);
            return null;
        }
        ServiceItem item = entry.item();
        ServiceGuide guide = item.guide();
        System.out.println(item.code() + "  " + item.name().zh() + " / " + item.name().en());
        System.out.println("部门 Department: " + item.department().name().zh() + "    类型 Kind: "
                + item.kind().label().zh() + "    状态 Status: " + entry.availability().label()
                + (entry.servedOn().isEmpty() ? "" : "    受理节点 Served on: " + String.join(", ", entry.servedOn())));
        System.out.println("时限 Limits: 法定 " + item.legalLimitDays() + " / 承诺 " + item.promisedLimitDays()
                + " 个工作日" + (item.instant() ? "（即办件 instant）" : ""));
        section("受理条件 Conditions");
        guide.conditions().forEach(condition -> System.out.println("  - " + condition));
        section("申请材料 Materials");
        for (Material material : guide.materials()) {
            System.out.println("  [" + material.code() + "] " + material.name() + "，" + material.form().label().zh()
                    + material.copies() + "份" + (material.alwaysRequired() ? "" : "（" + material.condition() + "）")
                    + (material.notes().isEmpty() ? "" : "；" + material.notes()));
        }
        section("办理流程 Steps");
        for (int i = 0; i < guide.steps().size(); i++) {
            System.out.println("  " + (i + 1) + ". " + guide.steps().get(i));
        }
        section("收费 Fees");
        if (guide.free()) {
            System.out.println("  不收费 / free");
        }
        for (Fee fee : guide.fees()) {
            System.out.println("  " + fee.name() + " " + fee.yuan() + " 元（" + fee.basis() + "）");
        }
        section("设定依据 Legal basis");
        guide.legalBasis().forEach(basis -> System.out.println("  - " + basis));
        section("送达 Delivery / 地点 Where / 时间 When / 咨询 Ask");
        guide.deliveryModes().forEach(mode -> System.out.println("  - " + mode.label()));
        System.out.println("  " + guide.location() + "；" + guide.hours() + "；" + guide.consultationPhone());
        return null;
    }

    private static void section(String title) {
        System.out.println();
        System.out.println(title + ":");
    }
}
