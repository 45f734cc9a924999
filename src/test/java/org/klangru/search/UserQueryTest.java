package org.klangru.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class UserQueryTest {

    @Test
    void quotedPhrasesAndExclusions() {
        UserQuery q = UserQuery.parse("\"ระบบจัดการข้อร้องเรียน\" ศูนย์ดำรงธรรม -โทรศัพท์");
        assertEquals(List.of("ระบบจัดการข้อร้องเรียน"), q.phrases());
        assertEquals(List.of("โทรศัพท์"), q.excluded());
        assertEquals("ระบบจัดการข้อร้องเรียน ศูนย์ดำรงธรรม", q.words());
    }

    @Test
    void codesAndCategoriesInTheQueryAreRecognised() {
        UserQuery q = UserQuery.parse("IT3 แผนการจัดการความรู้ หมวด ๔ cs 1");
        assertEquals(List.of("IT3", "CS1"), q.codes());
        assertEquals(List.of(4), q.categories());
    }

    @Test
    void fineDustIsNotAnActivityCode() {
        assertEquals(List.of(), UserQuery.parse("ฝุ่น PM 2.5 เกินมาตรฐาน").codes());
        assertEquals(List.of(), UserQuery.parse("ค่าฝุ่น PM2.5 และ PM10").codes());
        assertEquals(List.of(), UserQuery.parse("หมวด 15 ของระเบียบ").categories());
    }

    @Test
    void brokenSyntaxFallsBackToPlainWords() {
        UserQuery q = UserQuery.parse("\"ยังไม่ปิดเครื่องหมายคำพูด -");
        assertEquals(List.of(), q.phrases());
        assertEquals("ยังไม่ปิดเครื่องหมายคำพูด -", q.words());
        assertEquals("", UserQuery.parse(null).words());
        assertEquals(List.of("ข้อความ ในวงเล็บ"), UserQuery.parse("-\"ข้อความ ในวงเล็บ\" คำค้น").excluded());
    }
}
