package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  /** Typical of UN text: curly quotes, dashes, accented State names. */
  private static final String TEXT = "16. The Working Group recommended that Côte d’Ivoire and Türkiye “ratify the"
      + " Convention” – the Committee’s view — in 2008–2012; São Tomé and Príncipe agreed. The State’s report"
      + " referred to the “national plan” of Peru’s and Colombia’s délégation, réunion générale.";

  @ParameterizedTest
  @CsvSource({"windows-1252", "x-MacRoman", "UTF-8", "UTF-16LE", "UTF-16BE"})
  void decodesEveryCommonEncodingBackToTheSameText(String charset) {
    byte[] bytes = TEXT.getBytes(Charset.forName(charset));
    if (charset.startsWith("UTF-16")) {
      bytes = withBom(charset, bytes);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    assertEquals(TEXT, decoded.text());
    assertEquals(charset, decoded.charset());
    assertEquals(0, Mojibake.count(decoded.text()).total());
  }

  @Test
  void latin1WithoutWindowsPunctuationDecodesAsSingleByteWithAccentsIntact() {
    String latin = "La délégation de la Côte d'Ivoire a présenté le rapport national à Genève.";
    TextDecoder.Decoded decoded = TextDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(latin, decoded.text());
    assertTrue(decoded.charset().equals("windows-1252") || decoded.charset().equals("ISO-8859-1"), decoded.charset());
  }

  @Test
  void cyrillicInALegacyCharsetIsFoundByIcu() {
    String russian = "Рабочая группа по универсальному периодическому обзору рассмотрела национальный доклад"
        + " и рекомендовала государству ратифицировать Конвенцию против пыток. Делегация ответила на вопросы.";
    TextDecoder.Decoded decoded = TextDecoder.decode(russian.getBytes(Charset.forName("windows-1251")));
    assertEquals(russian, decoded.text());
    assertEquals("windows-1251", decoded.charset());
    assertEquals("ru", Languages.detect(decoded.text()));
  }

  @Test
  void utf8BomIsDroppedAndAsciiIsNamedAscii() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertEquals(new TextDecoder.Decoded("hi", "UTF-8"), TextDecoder.decode(bom));
    assertEquals("US-ASCII", TextDecoder.decode("plain".getBytes(StandardCharsets.US_ASCII)).charset());
  }

  @Test
  void mojibakeCheckSeesWrongDecodings() {
    byte[] mac = TEXT.getBytes(Charset.forName("x-MacRoman"));
    byte[] windows = TEXT.getBytes(Charset.forName("windows-1252"));
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    assertTrue(Mojibake.count(new String(mac, Charset.forName("windows-1252"))).total() > 3);
    assertTrue(Mojibake.count(new String(windows, Charset.forName("x-MacRoman"))).total() > 3);
    assertTrue(Mojibake.count(new String(utf8, Charset.forName("windows-1252"))).utf8AsSingleByte() > 3);
    assertTrue(Mojibake.count("bad \uFFFD and \u0093").total() == 2);
    assertEquals(0, Mojibake.count(TEXT).total());
  }

  private static byte[] withBom(String charset, byte[] bytes) {
    byte[] out = new byte[bytes.length + 2];
    boolean le = charset.endsWith("LE");
    out[0] = (byte) (le ? 0xFF : 0xFE);
    out[1] = (byte) (le ? 0xFE : 0xFF);
    System.arraycopy(bytes, 0, out, 2, bytes.length);
    return out;
  }
}
