package org.parkhall.core.internal.cases;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseSites;
import org.parkhall.api.CaseState;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Site;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.TextField;

/**
 * 收受分离 between sites: the site holding a case's papers hands them to the site that handles it, and the applicant's
 * window pick-up goes to the site they chose. Each move is one transaction with its ledger entry naming both sites.
 */
@Component(service = CaseHandovers.class)
public final class CaseHandovers {
    /** What was handed over, as the receiving clerk signs for it (a list of the paper materials). */
    private static final TextField MATERIALS = TextField.lines("materials", "移交的纸质材料", "paper materials handed over",
            400);

    private final CaseBook book;

    @Activate
    public CaseHandovers(@Reference CaseBook book) {
        this.book = book;
    }

    public CaseSites whereabouts(String number) {
        return book.database().read(connection -> {
            book.get(connection, number);
            return CaseSiteRecords.find(connection, number).orElseThrow();
        });
    }

    /** This node's site, which must hold the papers, hands them to {@code to}. */
    public CaseSites handOver(String number, String to, String materials, String actor) {
        Site target = book.sites().known("to", to);
        String handed = MATERIALS.required(materials);
        Site here = book.sites().here();
        return book.database().inTransaction(connection -> {
            CaseFile file = book.reread(connection, number);
            if (file.state().finished() || file.state() == CaseState.SUPPLEMENT_REQUIRED) {
                throw refused("办件当前为“" + file.state().label().zh() + "”，不能移交",
                        "a case that is " + file.state().label().en() + " is not handed over");
            }
            CaseSites sites = CaseSiteRecords.find(connection, number).orElseThrow();
            if (!sites.handledAt().equals(here.code())) {
                throw refused("办件材料在站点" + sites.handledAt() + "，须由该站点移交",
                        "the case's papers are at site " + sites.handledAt() + ", which hands them over");
            }
            if (target.code().equals(here.code())) {
                throw refused("材料已在本站点", "the papers are at this site already");
            }
            if (!CaseSiteRecords.handOver(connection, number, here.code(), target.code())) {
                throw new HallException(ErrorCode.CONFLICT, Bilingual.of("办件刚被移交，请刷新后重试",
                        "the case was handed over a moment ago; reload and try again"));
            }
            book.record(connection, file, actor, CaseSiteRecords.HANDED_OVER, Map.of("from", here.code(),
                    "to", target.code(), "materials", handed));
            return CaseSiteRecords.find(connection, number).orElseThrow();
        });
    }

    /** The applicant collects the result at {@code site}'s window. */
    public CaseSites deliverAt(String number, String site, String actor) {
        Site chosen = book.sites().known("site", site);
        return book.database().inTransaction(connection -> {
            CaseFile file = book.reread(connection, number);
            if (file.delivery().mode() != DeliveryMode.WINDOW_PICKUP) {
                throw refused("该办件的送达方式为“" + file.delivery().mode().label().zh() + "”，不在窗口领取",
                        "the case is delivered " + file.delivery().mode().label().en() + ", not at a window");
            }
            if (file.state().finished() || file.state() == CaseState.DELIVERED) {
                throw refused("办件当前为“" + file.state().label().zh() + "”，不能更改领取站点",
                        "a case that is " + file.state().label().en() + " keeps its pick-up site");
            }
            CaseSiteRecords.deliverAt(connection, number, chosen.code());
            book.record(connection, file, actor, CaseSiteRecords.DELIVERY_SITE_CHOSEN, Map.of("deliverAt",
                    chosen.code()));
            return CaseSiteRecords.find(connection, number).orElseThrow();
        });
    }

    private static HallException refused(String zh, String en) {
        return new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(zh, en));
    }
}
