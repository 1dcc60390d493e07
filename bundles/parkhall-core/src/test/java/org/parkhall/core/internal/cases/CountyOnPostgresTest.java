package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.CaseAction;
import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseSites;
import org.parkhall.api.CaseState;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.DayStatistics;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.api.IntakeRequest;
import org.parkhall.api.JointApplication;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.Priority;
import org.parkhall.api.Site;
import org.parkhall.api.SiteScope;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.notices.NoticeOutbox;
import org.parkhall.core.internal.Json;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.catalog.JointApplications;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.floor.FloorService;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.sites.CountyService;
import org.parkhall.core.internal.sites.SiteDefinition;
import org.parkhall.core.internal.sites.SiteDirectory;
import org.parkhall.core.internal.statistics.StatisticsService;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.InvalidInputException;

/**
 * A county of three sites on one PostgreSQL database, a node for each: the county centre (HQ), the park sub-centre
 * (PARK, every item) and the town (TOWN, a few items). Each site numbers its tickets and cases on its own; a case
 * the park takes is decided by the county's approver on the centre's node; the town hands a case's papers to the
 * centre (收受分离) and the ledger says which site did what; a site admin is refused another site's figures.
 */
public class CountyOnPostgresTest {
    private static final HallConfiguration CONFIGURATIONS = new ConfigurationChecks();
    private static final String PARK_ITEM = "AMR-REG-01";
    private static final String TOWN_ITEM = "HRSS-SI-01";
    /** A catalog that knows no item: documents then name the place and phone of the site that took the case. */
    private static final Catalog NO_GUIDES = new Catalog() {
        @Override
        public List<CatalogEntry> entries() {
            return List.of();
        }

        @Override
        public Optional<CatalogEntry> entry(String itemCode) {
            return Optional.empty();
        }

        @Override
        public List<CatalogEntry> search(String keyword, String department) {
            return List.of();
        }

        @Override
        public List<JointApplication> jointApplications() {
            return List.of();
        }
    };

    private String url;
    private final List<Node> nodes = new ArrayList<>();

    /** One node of the county: its site, floor, cases and figures, on its own connection pool. */
    private record Node(SiteDirectory sites, FloorService floor, CaseBook book, CaseService cases,
            CaseHandovers handovers, CountyService county, IntakeService intake) {
    }

    @Before
    public void county() {
        url = TestPostgres.freshDatabase("county");
    }

    @After
    public void dropDatabase() throws SQLException {
        if (url != null) {
            TestPostgres.drop(url);
        }
    }

    @Test
    public void eachSiteNumbersItsOwnTicketsAndCountersAndCases() {
        Node centre = node(Site.COUNTY_CENTRE);
        Node park = node("PARK");
        assertEquals("A001", centre.floor().issue("A", Priority.NONE, "kiosk").label());
        assertEquals("A001", park.floor().issue("A", Priority.NONE, "kiosk").label());
        assertEquals("A002", park.floor().issue("A", Priority.NONE, "kiosk").label());
        assertEquals("A002", centre.floor().issue("A", Priority.NONE, "kiosk").label());
        centre.floor().signIn(1, "周敏");
        park.floor().signIn(1, "李娜"); // counter 1 of another site: no clash
        assertEquals("A001", park.floor().callNext(1, "李娜").orElseThrow().label());
        assertEquals("each floor sees its own tickets", List.of("A002", "A001"), labels(centre));
        assertEquals(List.of("A002"), labels(park));

        String parkCase = taken(park, PARK_ITEM).number();
        String centreCase = taken(centre, PARK_ITEM).number();
        String day = TestFloor.calendar().today().format(DateTimeFormatter.BASIC_ISO_DATE);
        assertEquals("PHPARK" + day + "0001", parkCase);
        assertEquals("the county centre's numbers stay as they were", "PH" + day + "0001", centreCase);
        assertTrue(CaseNumbers.PATTERN.matcher(parkCase).matches());
        assertTrue(CaseNumbers.PATTERN.matcher(centreCase).matches());
        assertEquals("a visit links to any site's case", List.of(parkCase), finishWith(park, parkCase));
    }

    @Test
    public void aCaseTheParkTakesIsDecidedByTheCountysApproverOnTheCentresNode() {
        Node centre = node(Site.COUNTY_CENTRE);
        Node park = node("PARK");
        String number = taken(park, PARK_ITEM).number();
        centre.cases().act(number, CaseAction.DISPATCH, "clerk-park", "");
        CaseFile approved = centre.cases().act(number, CaseAction.APPROVE, "approver-amr", "营业执照已核发");
        assertEquals(CaseState.APPROVED, approved.state());
        assertEquals("amr", approved.department());
        CaseSites sites = centre.county().whereabouts(number);
        assertEquals("PARK", sites.takenAt());
        assertEquals("PARK", sites.handledAt());
        assertEquals(List.of("PARK", Site.COUNTY_CENTRE, Site.COUNTY_CENTRE), siteOfEach(centre, number));
        CaseDocument receipt = centre.cases().document(number, CaseDocument.Kind.RECEIPT);
        assertEquals("the site that took it issues its documents", "园区政务服务分中心（综合受理窗口）", receipt.issuer());
        assertTrue(String.join("", receipt.paragraphs()).contains("园区政务服务分中心综合受理窗口，咨询电话：0477-7612345"));
    }

    @Test
    public void theTownHandsACasesPapersToTheCountyCentreWhichDecidesAndTheTownHandsOutTheResult() {
        Node centre = node(Site.COUNTY_CENTRE);
        Node town = node("TOWN");
        String number = taken(town, TOWN_ITEM).number();
        HallException notHeld = assertThrows(HallException.class, () -> centre.county().handOver(number, "TOWN",
                "申请表原件1份", "clerk-hq"));
        assertEquals(ErrorCode.ILLEGAL_ACTION, notHeld.error());

        CaseSites handed = town.county().handOver(number, Site.COUNTY_CENTRE, "申请表原件1份，身份证复印件1份", "clerk-town");
        assertEquals(Site.COUNTY_CENTRE, handed.handledAt());
        assertEquals(1, handed.handovers().size());
        CaseSites.Handover handover = handed.handovers().get(0);
        assertEquals(List.of("TOWN", Site.COUNTY_CENTRE, "申请表原件1份，身份证复印件1份", "clerk-town"),
                List.of(handover.from(), handover.to(), handover.materials(), handover.handedBy()));
        HallException gone = assertThrows(HallException.class, () -> town.county().handOver(number,
                Site.COUNTY_CENTRE, "再次移交", "clerk-town"));
        assertEquals("the papers have left the town", ErrorCode.ILLEGAL_ACTION, gone.error());

        centre.cases().act(number, CaseAction.DISPATCH, "clerk-hq", "");
        centre.cases().act(number, CaseAction.APPROVE, "approver-hrss", "参保登记已办结");
        centre.county().handOver(number, "TOWN", "参保登记证明1份", "clerk-hq");
        assertEquals("TOWN", centre.county().deliverAt(number, "TOWN", "clerk-hq").deliverAt());
        town.cases().act(number, CaseAction.DELIVER, "clerk-town", "张三本人签收");
        assertEquals(List.of("TOWN", "TOWN", Site.COUNTY_CENTRE, Site.COUNTY_CENTRE, Site.COUNTY_CENTRE,
                Site.COUNTY_CENTRE, "TOWN"), siteOfEach(centre, number));
        assertEquals(List.of(CaseSiteRecords.HANDED_OVER, CaseSiteRecords.HANDED_OVER), centre.cases()
                .history(number).stream().map(LedgerEvent::action).filter(CaseSiteRecords.HANDED_OVER::equals)
                .toList());
    }

    @Test
    public void aSiteRefusesAnItemItDoesNotTakeNamingTheSitesThatDo() {
        Node town = node("TOWN");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> town.intake().submit(
                request(PARK_ITEM), "clerk-town"));
        assertEquals("itemCode", refused.field());
        assertTrue(refused.text().zh(), refused.text().zh().contains("镇便民服务中心不受理该事项（AMR-REG-01）"));
        assertTrue(refused.text().zh(), refused.text().zh().contains("园区政务服务分中心"));
        assertTrue(refused.text().en(), refused.text().en().startsWith("Town citizen service centre does not take"));
    }

    @Test
    public void aSiteAdminSeesTheirSitesFiguresAndIsRefusedAnothers() {
        Node centre = node(Site.COUNTY_CENTRE);
        Node park = node("PARK");
        TestFloor.serveOne(park.floor(), 1);
        TestFloor.serveOne(park.floor(), 1);
        TestFloor.serveOne(centre.floor(), 1);
        SiteScope parkAdmin = SiteScope.of(Set.of("siteadmin:PARK")).orElseThrow();

        DayStatistics parks = centre.county().statistics(Optional.empty(), Optional.empty(), parkAdmin);
        assertEquals(2, parks.hall().served());
        assertEquals(3, centre.county().statistics(Optional.empty(), Optional.empty(), SiteScope.COUNTY).hall()
                .served());
        assertEquals(1, park.county().statistics(Optional.empty(), Optional.of(Site.COUNTY_CENTRE), SiteScope.COUNTY)
                .hall().served());
        HallException refused = assertThrows(HallException.class, () -> park.county().statistics(Optional.empty(),
                Optional.of(Site.COUNTY_CENTRE), parkAdmin));
        assertEquals(ErrorCode.FORBIDDEN, refused.error());
        assertTrue(refused.text().zh(), refused.text().zh().contains("不能查看站点HQ"));
        assertTrue(refused.text().en(), refused.text().en().contains("not site HQ"));
    }

    /** A node serving {@code site}, with the county's three sites configured. */
    private Node node(String site) {
        Database database;
        try {
            database = new Database(TestPostgres.dataSource(url));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        SiteDirectory sites = new SiteDirectory(CONFIGURATIONS, Map.of("service.pid", "org.parkhall.node", "site",
                site));
        sites.addSite(definition(Site.COUNTY_CENTRE, "县政务服务中心", "County government service centre",
                "县政务服务中心一楼综合受理窗口", "0477-12345", "*"));
        sites.addSite(definition("PARK", "园区政务服务分中心", "Industrial park service sub-centre",
                "园区政务服务分中心综合受理窗口", "0477-7612345", "*"));
        sites.addSite(definition("TOWN", "镇便民服务中心", "Town citizen service centre", "镇便民服务中心综合受理窗口",
                "0477-7654321", TOWN_ITEM + ", HRSS-SI-02"));
        HallCalendar calendar = TestFloor.calendar();
        FloorLayout layout = TestFloor.layout(1, 2);
        FloorService floor = TestFloor.open(database, calendar, layout, sites);
        CaseBook book = new CaseBook(database, calendar, sites, new NoticeOutbox(database));
        CaseHandovers handovers = new CaseHandovers(book);
        CountyService county = new CountyService(sites, null, handovers, new StatisticsService(database, calendar,
                layout));
        Node node = new Node(sites, floor, book, new CaseService(book, NO_GUIDES), handovers, county,
                new IntakeService(book, null, null, new JointApplications(), null));
        nodes.add(node);
        return node;
    }

    private static SiteDefinition definition(String code, String zh, String en, String address, String phone,
            String items) {
        return new SiteDefinition(CONFIGURATIONS, Map.of("code", code, "name.zh", zh, "name.en", en, "address",
                address, "phone", phone, "authority", zh + "（综合受理窗口）", "items", items));
    }

    /** A case accepted at {@code node}'s site, as its intake writes one. */
    private static CaseFile taken(Node node, String itemCode) {
        Site site = node.sites().here();
        return node.book().database().inTransaction(connection -> {
            LocalDate today = node.book().calendar().today();
            CaseFile file = new CaseFile(CaseNumbers.next(connection, today, site), itemCode, "测试事项",
                    itemCode.startsWith("AMR") ? "amr" : "hrss", "", List.of(), CaseState.ACCEPTED, applicant(),
                    Set.of(), Map.of(), new DeliveryChoice(DeliveryMode.WINDOW_PICKUP, ""), "WINDOW", List.of(), "",
                    "", "", today, node.book().calendar().due(today, 5), null, TimeStatus.NONE, Instant.now(),
                    Instant.now());
            CaseRecords.insert(connection, file, site.code());
            node.book().record(connection, file, "clerk-" + site.code(), "INTAKE_ACCEPTED", Map.of());
            return file;
        });
    }

    private static IntakeRequest request(String itemCode) {
        return new IntakeRequest(itemCode, applicant(), Set.of(), Map.of(), new DeliveryChoice(
                DeliveryMode.WINDOW_PICKUP, ""), "WINDOW");
    }

    private static Applicant applicant() {
        return new Applicant(Applicant.Kind.PERSON, "110101199003074514", "张三", "13812345678");
    }

    /** Serves a new ticket at the node's counter 2 and links the visit to {@code number}: the linked numbers. */
    private static List<String> finishWith(Node node, String number) {
        FloorService floor = node.floor();
        floor.signIn(2, "王芳");
        String label = floor.issue("A", Priority.NONE, "kiosk").label();
        while (!floor.callNext(2, "王芳").orElseThrow().label().equals(label)) {
            floor.noShow(2, "王芳");
        }
        floor.startService(2, "王芳");
        return floor.finishService(2, List.of(number), "王芳").caseNumbers();
    }

    /** The site each ledger entry of the case names, oldest first. */
    private static List<String> siteOfEach(Node node, String number) {
        return node.cases().history(number).stream().map(event -> Json.GSON.fromJson(event.data(), Map.class)
                .get("site").toString()).toList();
    }

    /** Today's waiting tickets of queue A on the node's floor, newest first. */
    private static List<String> labels(Node node) {
        return node.floor().tickets("A", TicketState.WAITING).stream().map(Ticket::label).toList();
    }
}
