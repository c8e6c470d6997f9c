package com.residentdesk.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.residentdesk.system.InvalidFieldException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Photos are what their bytes say and leave their location behind (issue 18): a JPEG, a PNG and a
 * HEIC carrying GPS coordinates in EXIF, XMP and text come out without them; a disguised or broken
 * file is refused naming the photo.
 */
@Tag("fast")
class PhotoCheckTest {

  private static final int LIMIT = 8 * 1024 * 1024;

  /** 31°14' N as EXIF rationals: recognisable bytes that must not survive. */
  private static final int[] LATITUDE = {31, 1, 14, 1, 0x5A5A5A, 1};

  @Test
  void jpegKeepsItsOrientationAndLosesGpsXmpAndComments_INT02() throws IOException {
    byte[] jpeg = jpeg();
    byte[] withMetadata =
        concat(
            slice(jpeg, 0, 2),
            segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps())),
            segment(0xE1, xmp()),
            segment(0xFE, "taken at home".getBytes(StandardCharsets.UTF_8)),
            slice(jpeg, 2, jpeg.length));

    PhotoCheck.Photo photo = PhotoCheck.check("photos[0]", withMetadata, LIMIT);

    assertThat(photo.contentType()).isEqualTo("image/jpeg");
    assertThat(contains(photo.content(), latitudeBytes())).isFalse();
    assertThat(text(photo.content())).doesNotContain("GPSLatitude", "taken at home");
    // the EXIF block stays (orientation tag 0x0112 = 6), only its GPS directory is gone
    assertThat(contains(photo.content(), new byte[] {0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0})).isTrue();
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo.content()))).isNotNull();
  }

  @Test
  void pngLosesItsExifAndTextChunks_INT02() throws IOException {
    byte[] png = png();
    int iend = png.length - 12;
    byte[] withMetadata =
        concat(
            slice(png, 0, iend),
            chunk("eXIf", tiffWithGps()),
            chunk("tEXt", "Location\0Sunny Garden 1-0502".getBytes(StandardCharsets.ISO_8859_1)),
            chunk("iTXt", xmp()),
            slice(png, iend, png.length));

    PhotoCheck.Photo photo = PhotoCheck.check("photos[0]", withMetadata, LIMIT);

    assertThat(photo.contentType()).isEqualTo("image/png");
    assertThat(contains(photo.content(), latitudeBytes())).isFalse();
    assertThat(text(photo.content())).doesNotContain("Sunny Garden", "GPSLatitude");
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo.content()))).isNotNull();
  }

  @Test
  void heicLosesTheGpsOfItsExifItemAndItsXmpPacket_INT02() {
    byte[] ftyp =
        concat(be32(24), ascii("ftyp"), ascii("heic"), be32(0), ascii("mif1"), ascii("heic"));
    byte[] payload = concat(be32(6), ascii("Exif\0\0"), tiffWithGps(), xmp(), new byte[64]);
    byte[] heic = concat(ftyp, be32(8 + payload.length), ascii("mdat"), payload);

    PhotoCheck.Photo photo = PhotoCheck.check("photos[0]", heic, LIMIT);

    assertThat(photo.contentType()).isEqualTo("image/heic");
    assertThat(photo.content()).hasSameSizeAs(heic);
    assertThat(contains(photo.content(), latitudeBytes())).isFalse();
    assertThat(text(photo.content())).doesNotContain("GPSLatitude");
  }

  @Test
  void aScriptNamedLikeAPhotoIsRefusedNamingIt() {
    byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PhotoCheck.check("photos[2]", script, LIMIT))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("photos[2]");
              assertThat(e.getMessage()).isEqualTo("problem.photo.type");
            });
  }

  @Test
  void aBrokenJpegOrPngIsRefusedAsDamaged() throws IOException {
    byte[] jpeg = jpeg();
    byte[] truncated = slice(jpeg, 0, 40);
    byte[] png = png();
    byte[] badPng = slice(png, 0, 30);
    byte[] jpegHeaderThenText = concat(slice(jpeg, 0, 3), ascii("not really an image at all"));

    for (byte[] broken : new byte[][] {truncated, badPng, jpegHeaderThenText}) {
      assertThatThrownBy(() -> PhotoCheck.check("photos[0]", broken, LIMIT))
          .isInstanceOfSatisfying(
              InvalidFieldException.class,
              e -> assertThat(e.getMessage()).isEqualTo("problem.photo.damaged"));
    }
  }

  @Test
  void aPhotoOverTheLimitOrEmptyIsRefused() throws IOException {
    byte[] jpeg = jpeg();

    assertThatThrownBy(() -> PhotoCheck.check("photos[1]", jpeg, jpeg.length - 1))
        .hasMessage("problem.photo.too-large");
    assertThatThrownBy(() -> PhotoCheck.check("photos[1]", new byte[0], LIMIT))
        .hasMessage("problem.photo.empty");
  }

  // ---- building test images -------------------------------------------------------------------

  static byte[] jpeg() throws IOException {
    return image("jpg");
  }

  static byte[] png() throws IOException {
    return image("png");
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 24; y++) {
        image.setRGB(x, y, (x * 8) << 16 | (y * 10) << 8 | 0x40);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** Little-endian TIFF: IFD0 with orientation 6 and a GPS pointer; GPS IFD with N 31°14'. */
  static byte[] tiffWithGps() {
    ByteBuffer b =
        ByteBuffer.allocate(8 + 2 + 24 + 4 + 2 + 24 + 4 + 24).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    b.putShort((short) 2);
    b.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) 6)
        .putShort((short) 0);
    b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    b.putInt(0);
    b.putShort((short) 2); // GPS IFD at 38
    b.putShort((short) 1)
        .putShort((short) 2)
        .putInt(2)
        .put((byte) 'N')
        .put((byte) 0)
        .putShort((short) 0);
    b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
    b.putInt(0);
    for (int value : LATITUDE) { // at 68
      b.putInt(value);
    }
    return b.array();
  }

  private static byte[] latitudeBytes() {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(LATITUDE[4]).array();
  }

  private static byte[] xmp() {
    return ascii(
        "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            + "<exif:GPSLatitude>31,14N</exif:GPSLatitude></x:xmpmeta>");
  }

  private static byte[] segment(int marker, byte[] data) {
    return concat(
        new byte[] {
          (byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)
        },
        data);
  }

  private static byte[] chunk(String type, byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    return concat(be32(data.length), ascii(type), data, be32((int) crc.getValue()));
  }

  private static byte[] be32(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
