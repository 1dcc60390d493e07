package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.Site;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseQuery;
import org.parkhall.api.CaseState;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.IntakeRequest;
import org.parkhall.api.SiteScope;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.Problem;

/** Each field's limit against the column in the migrations that holds it: the longest allowed text is kept whole. */
public class CaseRecordsTest {
    private Database database;

    @Before
    public void openStore() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
    }

    @Test
    public void theLongestTextEachFieldAllowsIsStoredWhole() {
        String name = "名".repeat(Applicant.NAME.maxLength());
        String itemCode = "I".repeat(CaseQuery.ITEM_CODE.maxLength());
        String department = "d".repeat(CaseQuery.DEPARTMENT.maxLength());
        CaseFile file = new CaseDraft(file("PH202611240001", name, "址".repeat(DeliveryChoice.ADDRESS.maxLength()),
                "C".repeat(IntakeRequest.CHANNEL.maxLength()), itemCode, department, Map.of()))
                .reasons("理".repeat(CaseRecords.REASONS_LENGTH)).result("果".repeat(CaseRecords.RESULT_LENGTH))
                .deliveryNote("签".repeat(CaseRecords.DELIVERY_NOTE_LENGTH)).build();
        store(file);

        CaseFile stored = database.read(connection -> CaseRecords.search(connection, new CaseQuery(name, itemCode,
                department, null, 1), SiteScope.COUNTY, any -> TimeStatus.NONE)).get(0);
        assertEquals(file.applicant(), stored.applicant());
        assertEquals(file.delivery(), stored.delivery());
        assertEquals(file.channel(), stored.channel());
        assertEquals(file.reasons(), stored.reasons());
        assertEquals(file.result(), stored.result());
        assertEquals(file.deliveryNote(), stored.deliveryNote());
    }

    @Test
    public void anApplicationTooLongAsAWholeIsRefusedAndItsTransactionLeavesNothing() {
        String withEmptyFact = "{\"presented\":[],\"facts\":{\"scope\":\"\"}}"; // as the store writes it
        String fits = "x".repeat(CaseRecords.APPLICATION_LENGTH - withEmptyFact.length());
        store(file("PH202611240001", "张三", "", "", "AMR-REG-01", "amr", Map.of("scope", fits)));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> database.inTransaction(
                connection -> {
                    CaseRecords.insert(connection, file("PH202611240002", "李四", "", "", "AMR-REG-01", "amr",
                            Map.of()), Site.COUNTY_CENTRE);
                    CaseRecords.insert(connection, file("PH202611240003", "王五", "", "", "AMR-REG-01", "amr",
                            Map.of("scope", fits + "x")), Site.COUNTY_CENTRE);
                    return null;
                }));
        assertEquals("facts", tooLong.field());
        assertEquals(fits, find("PH202611240001").orElseThrow().facts().get("scope"));
        assertEquals("the case written before the refusal went back with it", Optional.empty(),
                find("PH202611240002"));
    }

    @Test
    public void aCaseKeepsItsNoticeAndWhatIsNewSinceIt() {
        CaseFile told = file("PH202611240001", "张三", "", "", "TEST-IT-01", "test", Map.of());
        store(told);
        assertEquals("not told anything yet", Optional.empty(),
                database.read(connection -> CaseRecords.notice(connection, told.number())));
        List<Problem> notice = List.of(Problem.required("identity", "身份证明", "proof of identity"));
        List<Problem> added = List.of(Problem.required("photo", "照片", "photo"));
        database.inTransaction(connection -> {
            CaseRecords.setNotice(connection, told.number(), notice);
            CaseRecords.update(connection, new CaseDraft(told).problems(notice).newSinceNotice(added).build(), 0);
            return null;
        });
        assertEquals(Optional.of(notice), database.read(connection -> CaseRecords.notice(connection, told.number())));
        assertEquals(added, find(told.number()).orElseThrow().newSinceNotice());
        assertEquals(notice, find(told.number()).orElseThrow().problems());
    }

    private void store(CaseFile file) {
        database.inTransaction(connection -> {
            CaseRecords.insert(connection, file, Site.COUNTY_CENTRE);
            return null;
        });
    }

    private Optional<CaseFile> find(String number) {
        return database.read(connection -> CaseRecords.find(connection, number, any -> TimeStatus.NONE))
                .map(CaseRecords.Versioned::file);
    }

    private static CaseFile file(String number, String name, String address, String channel, String itemCode,
            String department, Map<String, String> facts) {
        return new CaseFile(number, itemCode, "有限责任公司设立登记", department, "", List.of(),
                CaseState.SUPPLEMENT_REQUIRED, new Applicant(Applicant.Kind.PERSON, "110101199003074514", name,
                        "13812345678"), Set.of(), facts,
                new DeliveryChoice(address.isEmpty() ? DeliveryMode.WINDOW_PICKUP : DeliveryMode.EXPRESS, address),
                channel.isEmpty() ? "WINDOW" : channel, List.of(), "", "", "", null, null, null, TimeStatus.NONE,
                Instant.now(), Instant.now());
    }
}
