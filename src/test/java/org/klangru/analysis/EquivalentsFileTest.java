package org.klangru.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EquivalentsFileTest {
    @Test
    void pairsAreAddedOrRemovedAndTheirKindFollowsTheForms() {
        EquivalentsFile f = EquivalentsFile.parse("eq.txt", """
                # comment
                ธอส. = ธนาคารอาคารสงเคราะห์
                Job Rotation = การหมุนเวียนงาน   # a translation
                GECC = ศูนย์ราชการสะดวก
                - ทช. = ทางหลวงชนบท
                """);
        assertEquals(List.of(new Equivalent("ธอส.", "ธนาคารอาคารสงเคราะห์", Equivalent.Kind.ABBREVIATION),
                new Equivalent("job rotation", "การหมุนเวียนงาน", Equivalent.Kind.TRANSLATION),
                new Equivalent("GECC", "ศูนย์ราชการสะดวก", Equivalent.Kind.ABBREVIATION)), f.added());
        assertEquals(List.of(new Equivalent("ทช.", "ทางหลวงชนบท", Equivalent.Kind.ABBREVIATION)), f.removed());
    }

    @Test
    void aLineThatIsNotAPairNamesTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EquivalentsFile.parse("eq.txt", "ธอส. = ธนาคารอาคารสงเคราะห์\nธนาคารอาคารสงเคราะห์\n"));
        assertTrue(e.getMessage().contains("eq.txt line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EquivalentsFile.parse("eq.txt", "a, b = c"));
    }
}
