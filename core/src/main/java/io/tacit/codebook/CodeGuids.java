package io.tacit.codebook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The GUIDs that REFI-QDA needs for every code, derived from the codebook's and the code's ids (a
 * name-based UUID, version 5, RFC 4122) so that exporting the same codebook twice gives the same
 * file, and a tool that imports it again recognises its codes.
 */
final class CodeGuids {
  /** RFC 4122's namespace for URLs and URNs; the name is a URN of our own. */
  private static final UUID NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private CodeGuids() {}

  /** The GUID a code is exported with: the one it was imported with, else a derived one. */
  static String of(Codebook codebook, Code code) {
    return code.qdaGuid() != null ? code.qdaGuid() : derived(codebook.id(), code.id());
  }

  static String derived(String codebookId, String codeId) {
    return nameBased("urn:tacit:codebook:" + codebookId + ":code:" + codeId).toString();
  }

  /**
   * The codebook without the GUIDs that Tacit would derive anyway, so that only GUIDs another tool
   * chose are stored.
   */
  static Codebook withoutDerived(Codebook cb) {
    return cb.withCodes(withoutDerived(cb.id(), cb.codes()));
  }

  private static List<Code> withoutDerived(String codebookId, List<Code> codes) {
    return codes.stream()
        .map(
            c ->
                c.qdaGuid() != null && normal(c.qdaGuid()).equals(derived(codebookId, c.id()))
                    ? c.withQdaGuid(null)
                    : c)
        .map(c -> c.withChildren(withoutDerived(codebookId, c.children())))
        .toList();
  }

  /** Lower case without braces, as GUIDs are compared. */
  static String normal(String guid) {
    return guid.strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
  }

  /** A name-based GUID (UUID version 5) for anything else Tacit names by a URN of its own. */
  static String named(String urn) {
    return nameBased(urn).toString();
  }

  private static UUID nameBased(String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the RFC 4122 variant
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
