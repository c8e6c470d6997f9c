package com.residentdesk.resident;

import com.residentdesk.system.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A resident's photo is what its bytes say it is, not what its name or declared type claim: JPEG,
 * PNG or HEIC by their signatures and structure (JPEG and PNG also by a decoder reading their
 * header), at most {@code maxBytes}. What it says about where it was taken goes: a JPEG loses its
 * XMP and comment segments and the GPS directory of its EXIF (the orientation stays, so the photo
 * is shown upright), a PNG its text and EXIF chunks, a HEIC the GPS directory of its EXIF and its
 * XMP packet. Anything else is refused, naming the photo.
 */
final class PhotoCheck {

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String HEIC = "image/heic";

  private static final int MAX_DIMENSION = 20_000;
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final Set<String> HEIF_BRANDS =
      Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");
  private static final Set<String> PNG_TEXT_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt");
  private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP_START = "<x:xmpmeta".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP_END = "</x:xmpmeta>".getBytes(StandardCharsets.ISO_8859_1);

  /** A photo fit to keep: its type as its content says, and its bytes without location. */
  record Photo(String contentType, byte[] content) {}

  private PhotoCheck() {}

  /**
   * @param field the name the problem body gives ({@code photos[2]})
   */
  static Photo check(String field, byte[] bytes, int maxBytes) {
    if (bytes.length == 0) {
      throw new InvalidFieldException(field, "problem.photo.empty");
    }
    if (bytes.length > maxBytes) {
      throw new InvalidFieldException(field, "problem.photo.too-large", maxBytes / (1024 * 1024));
    }
    try {
      if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
        byte[] clean = cleanJpeg(bytes);
        decodable(clean, "jpeg");
        return new Photo(JPEG, clean);
      }
      if (startsWith(bytes, 0, PNG_SIGNATURE)) {
        byte[] clean = cleanPng(bytes);
        decodable(clean, "png");
        return new Photo(PNG, clean);
      }
      if (isHeif(bytes)) {
        return new Photo(HEIC, cleanHeif(bytes.clone()));
      }
    } catch (Malformed | IOException | RuntimeException e) {
      if (e instanceof InvalidFieldException refused) {
        throw refused;
      }
      throw new InvalidFieldException(field, "problem.photo.damaged");
    }
    throw new InvalidFieldException(field, "problem.photo.type");
  }

  // ---- JPEG: segments up to the image data
  // --------------------------------------------------------

  private static byte[] cleanJpeg(byte[] b) throws Malformed {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(0xFF);
    out.write(0xD8);
    int at = 2;
    while (true) {
      require(at + 4 <= b.length);
      require((b[at] & 0xFF) == 0xFF);
      int marker = b[at + 1] & 0xFF;
      if (marker == 0xDA) { // start of scan: the image data follows, copied as it is
        out.write(b, at, b.length - at);
        return out.toByteArray();
      }
      int length = u16(b, at + 2, false);
      require(length >= 2 && at + 2 + length <= b.length);
      int data = at + 4;
      boolean keep = true;
      if (marker == 0xE1) {
        if (startsWith(b, data, EXIF)) {
          scrubTiffGps(b, data + EXIF.length, at + 2 + length);
        } else {
          keep = false; // XMP and anything else in APP1
        }
      } else if (marker == 0xED || marker == 0xFE) {
        keep = false; // IPTC/Photoshop, comments
      }
      if (keep) {
        out.write(b, at, 2 + length);
      }
      at += 2 + length;
    }
  }

  // ---- PNG: chunks ------------------------------------------------------------------------------

  private static byte[] cleanPng(byte[] b) throws Malformed {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, PNG_SIGNATURE.length);
    int at = PNG_SIGNATURE.length;
    while (at < b.length) {
      require(at + 12 <= b.length);
      long length = u32(b, at, false);
      require(length <= b.length - at - 12L);
      String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
      int size = 12 + (int) length;
      if (!PNG_TEXT_CHUNKS.contains(type)) {
        out.write(b, at, size);
      }
      at += size;
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
    throw new Malformed();
  }

  // ---- HEIC: ISO base media file; the EXIF item's GPS directory and the XMP packet
  // ----------------

  private static boolean isHeif(byte[] b) {
    if (b.length < 16 || !"ftyp".equals(new String(b, 4, 4, StandardCharsets.ISO_8859_1))) {
      return false;
    }
    long boxSize = u32(b, 0, false);
    if (boxSize < 16 || boxSize > Math.min(b.length, 4096)) {
      return false;
    }
    for (int brand = 8; brand + 4 <= boxSize; brand += 4) {
      if (brand == 12) {
        continue; // minor version
      }
      if (HEIF_BRANDS.contains(new String(b, brand, 4, StandardCharsets.ISO_8859_1))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] cleanHeif(byte[] b) throws Malformed {
    for (int at = indexOf(b, EXIF, 0); at >= 0; at = indexOf(b, EXIF, at + 1)) {
      int tiff = at + EXIF.length;
      if (tiff + 8 <= b.length && isTiffHeader(b, tiff)) {
        scrubTiffGps(b, tiff, b.length);
      }
    }
    for (int at = indexOf(b, XMP_START, 0); at >= 0; at = indexOf(b, XMP_START, at + 1)) {
      int end = indexOf(b, XMP_END, at);
      require(end > at);
      Arrays.fill(b, at, end + XMP_END.length, (byte) ' ');
    }
    return b;
  }

  // ---- EXIF (TIFF): the GPS directory and what it points at become zeros
  // --------------------------

  private static boolean isTiffHeader(byte[] b, int tiff) {
    return (b[tiff] == 'I' && b[tiff + 1] == 'I' && b[tiff + 2] == 42 && b[tiff + 3] == 0)
        || (b[tiff] == 'M' && b[tiff + 1] == 'M' && b[tiff + 2] == 0 && b[tiff + 3] == 42);
  }

  private static void scrubTiffGps(byte[] b, int tiff, int end) throws Malformed {
    require(tiff + 8 <= end && isTiffHeader(b, tiff));
    boolean le = b[tiff] == 'I';
    int ifd0 = offset(b, tiff, u32(b, tiff + 4, le), end, 2);
    int entries = u16(b, ifd0, le);
    require(ifd0 + 2 + 12L * entries <= end);
    for (int i = 0; i < entries; i++) {
      int entry = ifd0 + 2 + 12 * i;
      if (u16(b, entry, le) == 0x8825) { // GPS IFD pointer
        zeroDirectory(b, tiff, offset(b, tiff, u32(b, entry + 8, le), end, 2), end, le);
      }
    }
  }

  private static void zeroDirectory(byte[] b, int tiff, int ifd, int end, boolean le)
      throws Malformed {
    int entries = u16(b, ifd, le);
    int size = 2 + 12 * entries + 4;
    require(ifd + (long) size <= end);
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + 12 * i;
      long bytes = typeSize(u16(b, entry + 2, le)) * u32(b, entry + 4, le);
      if (bytes > 4) {
        int value = offset(b, tiff, u32(b, entry + 8, le), end, 0);
        require(value + bytes <= end);
        Arrays.fill(b, value, value + (int) bytes, (byte) 0);
      }
    }
    Arrays.fill(b, ifd, ifd + size, (byte) 0);
  }

  private static long typeSize(int type) {
    return switch (type) {
      case 1, 2, 6, 7 -> 1;
      case 3, 8 -> 2;
      case 4, 9, 11 -> 4;
      case 5, 10, 12 -> 8;
      default -> 1;
    };
  }

  private static int offset(byte[] b, int tiff, long relative, int end, int need) throws Malformed {
    long absolute = tiff + relative;
    require(relative >= 8 && absolute + need <= end);
    return (int) absolute;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static void decodable(byte[] bytes, String format) throws IOException, Malformed {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    require(readers.hasNext());
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      require(width > 0 && height > 0 && width <= MAX_DIMENSION && height <= MAX_DIMENSION);
    } finally {
      reader.dispose();
    }
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > b.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    for (int i = Math.max(from, 0); i + what.length <= b.length; i++) {
      if (startsWith(b, i, what)) {
        return i;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int at, boolean le) {
    int first = b[at] & 0xFF;
    int second = b[at + 1] & 0xFF;
    return le ? first | second << 8 : first << 8 | second;
  }

  private static long u32(byte[] b, int at, boolean le) {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      int shift = le ? 8 * i : 8 * (3 - i);
      value |= (long) (b[at + i] & 0xFF) << shift;
    }
    return value;
  }

  private static void require(boolean condition) throws Malformed {
    if (!condition) {
      throw new Malformed();
    }
  }

  /** The bytes claim a format and break its rules. */
  private static final class Malformed extends Exception {
    Malformed() {
      super(null, null, false, false);
    }
  }
}
