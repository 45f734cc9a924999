package org.klangru.analysis;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class EquivalentMinerTest {
    private static Equivalent abbr(String s, String l) {
        return new Equivalent(s, l, Equivalent.Kind.ABBREVIATION);
    }

    private static Equivalent tr(String s, String l) {
        return new Equivalent(s, l, Equivalent.Kind.TRANSLATION);
    }

    @Test
    void aFullNameBeforeItsAbbreviation() {
        assertEquals(Set.of(abbr("ธอส.", "ธนาคารอาคารสงเคราะห์")),
                EquivalentMiner.mine("นายกิตติ ผู้จัดการธนาคารอาคารสงเคราะห์ (ธอส.) กล่าวว่า"));
        assertEquals(Set.of(abbr("ทช.", "กรมทางหลวงชนบท")),
                EquivalentMiner.mine("เมื่อวันที่ 3 มีนาคม โดยกรมทางหลวงชนบท (ทช.) ได้ดำเนินการ"), "the organisation word stays");
        assertEquals(Set.of(abbr("สป.มท.", "สำนักงานปลัดกระทรวงมหาดไทย")),
                EquivalentMiner.mine("ผู้แทนสำนักงานปลัดกระทรวงมหาดไทย (สป.มท.) เข้าร่วม"));
    }

    @Test
    void anAbbreviationBeforeItsFullName() {
        assertEquals(Set.of(abbr("รฟม.", "การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย")),
                EquivalentMiner.mine("ผู้ว่าการ รฟม. (การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย) ให้การต้อนรับ"));
    }

    @Test
    void thaiAndEnglishEitherWayRound() {
        assertEquals(Set.of(tr("job rotation", "การหมุนเวียนงาน")),
                EquivalentMiner.mine("โดยใช้การหมุนเวียนงาน (Job Rotation) ในหน่วยงาน"));
        assertEquals(Set.of(tr("best practice", "แนวปฏิบัติที่เป็นเลิศ")),
                EquivalentMiner.mine("นำเสนอ Best Practice (แนวปฏิบัติที่เป็นเลิศ) ของหน่วยงาน"));
        assertEquals(Set.of(abbr("GECC", "ศูนย์ราชการสะดวก")),
                EquivalentMiner.mine("ผ่านการรับรองเป็น ศูนย์ราชการสะดวก (GECC) จำนวน 5 ศูนย์"));
    }

    @Test
    void anAcronymWithItsNumber() {
        assertEquals(Set.of(abbr("PM 2.5", "ฝุ่นละอองขนาดเล็ก")),
                EquivalentMiner.mine("มาตรการแก้ไขปัญหา ฝุ่นละอองขนาดเล็ก (PM 2.5) ในพื้นที่ภาคเหนือ"));
        assertEquals(Set.of(abbr("COVID-19", "โรคติดเชื้อไวรัสโคโรนา")),
                EquivalentMiner.mine("สถานการณ์ โรคติดเชื้อไวรัสโคโรนา (COVID-19) ในประเทศ"));
        // the words right after the acronym's own number are its unit, not its name
        assertTrue(EquivalentMiner.mine("ฝุ่นละอองขนาดเล็กไม่เกิน 2.5 ไมครอน (PM2.5) เกินค่ามาตรฐาน").isEmpty());
        assertTrue(EquivalentMiner.mine("งบประมาณ 2566 (ล้านบาท)").isEmpty(), "a number alone is no acronym");
    }

    @Test
    void anEnglishNameAndItsAcronymInOneParenthesis() {
        assertEquals(Set.of(abbr("GECC", "ศูนย์ราชการสะดวก"), tr("government easy contact center", "ศูนย์ราชการสะดวก")),
                EquivalentMiner.mine("ได้รับมาตรฐาน ศูนย์ราชการสะดวก (Government Easy Contact Center: GECC) ประจำปี"));
        assertEquals(Set.of(abbr("PDCA", "การบริหารงานคุณภาพ"), tr("plan do check act", "การบริหารงานคุณภาพ")),
                EquivalentMiner.mine("ดำเนินการตามหลักการบริหารงานคุณภาพ (Plan Do Check Act : PDCA) ทุกขั้นตอน"));
    }

    @Test
    void parenthesesThatDefineNothingYieldNothing() {
        assertTrue(EquivalentMiner.mine("ประชุมครั้งที่ 1 (วันที่ 3 มีนาคม 2567)").isEmpty());
        assertTrue(EquivalentMiner.mine("จำนวนผู้เข้าร่วม (คน) ทั้งหมด").isEmpty());
        // the letters of the abbreviation are not in the name before it
        assertTrue(EquivalentMiner.mine("ผู้ว่าราชการจังหวัดเชียงราย (ธอส.)").isEmpty());
        assertTrue(EquivalentMiner.mine("ไม่มีวงเล็บเลย").isEmpty());
        assertTrue(EquivalentMiner.mine("เริ่มประชุมเวลา 09.00 นาฬิกาตรงนะ (น.)").isEmpty(), "one letter is no name");
    }
}
