package com.residentdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Units as residents say them become the household register's names (INT-02). */
@Tag("fast")
class UnitNamesTest {

  @ParameterizedTest
  @CsvSource({
    "1栋502室, 1-0502",
    "1栋502, 1-0502",
    "1 栋 502 室, 1-0502",
    "1号楼2单元502室, 1-0502",
    "1幢2单元502, 1-0502",
    "一栋五零二室, 1-0502",
    "十二栋1201室, 12-1201",
    "1-502, 1-0502",
    "1-0502, 1-0502",
    "A座1201, A-1201",
    "3-1201, 3-1201"
  })
  void aUnitSaidWithItsBuildingIsTheRegistersName_INT02(String said, String registered) {
    assertThat(UnitNames.parse(said).flatMap(UnitNames.Spoken::registered)).contains(registered);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "厨房", "楼上邻居", "1栋", "502室楼下", "1栋0室"})
  void textThatNamesNoRoomIsNotAUnit_INT02(String said) {
    assertThat(UnitNames.parse(said)).isEmpty();
  }

  @Test
  void aRoomWithoutItsBuildingIsLookedUpAmongTheRegistersUnits_INT02() {
    UnitNames.Spoken room = UnitNames.parse("502室").orElseThrow();

    assertThat(room.registered()).isEmpty();
    assertThat(room.candidates(List.of("1-0101", "1-0502", "3-0502", "2-1201")))
        .containsExactly("1-0502", "3-0502");
    assertThat(room.candidates(List.of("1-0101", "1-0502"))).containsExactly("1-0502");
  }

  @Test
  void theRegistersNameIsSaidAsStaffSayIt_INT02() {
    assertThat(UnitNames.spoken("1-0502")).isEqualTo("1栋502室");
    assertThat(UnitNames.spoken("12-1201")).isEqualTo("12栋1201室");
    assertThat(UnitNames.spoken("B2 garage")).isEqualTo("B2 garage");
  }

  @Test
  void aResidentsNameAndPhoneAreMaskedForGroupsThatDoNotContactResidents_INT06() {
    assertThat(CaseBlock.maskName("王芳")).isEqualTo("王**");
    assertThat(CaseBlock.maskPhone("138 0000 0502")).isEqualTo("138****0502");
  }
}
