package org.uprlens.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.uprlens.BuildInfo;
import org.uprlens.Sha256;

/**
 * Saves and loads model directories ({@code model.ser.gz} + {@code model-card.json}). Loading refuses a model
 * whose file does not match the SHA-256 in its card, a card of an unknown schema, or a model built with another
 * Smile version (Java serialisation does not survive Smile upgrades).
 */
public final class ModelStore {
  public static final String MODEL_FILE = "model.ser.gz";
  public static final String CARD_FILE = "model-card.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelStore() {}

  /** A loaded, verified model and its card. */
  public record Loaded(RecommendationClassifier classifier, ModelCard card) {}

  /** Writes the model, then the card with the model file's SHA-256. Returns the card as written. */
  public static ModelCard save(Path dir, RecommendationClassifier model, ModelCard card) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(MODEL_FILE);
    try (ObjectOutputStream out = new ObjectOutputStream(
        new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file))))) {
      out.writeObject(model);
    }
    ModelCard written = card.withArtifact(new ModelCard.Artifact(MODEL_FILE, Sha256.of(file), Files.size(file)));
    JSON.writeValue(dir.resolve(CARD_FILE).toFile(), written);
    return written;
  }

  public static ModelCard readCard(Path dir) throws IOException {
    Path cardFile = dir.resolve(CARD_FILE);
    if (!Files.isRegularFile(cardFile)) {
      throw new IllegalArgumentException("not a model directory (no " + CARD_FILE + "): " + dir);
    }
    return JSON.readValue(cardFile.toFile(), ModelCard.class);
  }

  /** Loads and verifies the model in a directory. */
  public static Loaded load(Path dir) throws IOException {
    ModelCard card = readCard(dir);
    Path file = dir.resolve(card.artifact() == null ? MODEL_FILE : card.artifact().file());
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("model file missing: " + file);
    }
    return verify(card, Files.readAllBytes(file), file.toString());
  }

  /** Loads and verifies the default model, which the build copies from models/default into the jar. */
  public static Loaded loadBundled() throws IOException {
    byte[] card = resource(BUNDLED + CARD_FILE);
    byte[] model = resource(BUNDLED + MODEL_FILE);
    if (card == null || model == null) {
      throw new IllegalStateException("this build carries no default model (models/default is missing):"
          + " train one with 'jobs/uprlens train' (see README) or pass --model DIR");
    }
    return verify(JSON.readValue(card, ModelCard.class), model, "classpath:" + BUNDLED + MODEL_FILE);
  }

  /** Where the default model sits inside the job jar. */
  public static final String BUNDLED = "models/default/";

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ModelStore.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static Loaded verify(ModelCard card, byte[] bytes, String where) throws IOException {
    if (card.schemaVersion() != ModelCard.SCHEMA_VERSION) {
      throw new IllegalStateException("model card schema " + card.schemaVersion() + " of " + where
          + " is not the supported schema " + ModelCard.SCHEMA_VERSION);
    }
    if (card.artifact() == null) {
      throw new IllegalStateException("the card of " + where + " has no artifact SHA-256: it was not saved by"
          + " ModelStore.save");
    }
    String actual = Sha256.of(bytes);
    if (!actual.equals(card.artifact().sha256())) {
      throw new IllegalStateException("model file " + where + " has SHA-256 " + actual + " but its card says "
          + card.artifact().sha256() + ": the file was changed or damaged; restore it or retrain the model");
    }
    String trainedWith = card.versions().getOrDefault("smile", "unknown");
    if (!trainedWith.equals(BuildInfo.smileVersion())) {
      throw new IllegalStateException("model " + card.modelId() + " was trained with Smile " + trainedWith
          + " but this build has Smile " + BuildInfo.smileVersion() + ": retrain it with this build");
    }
    RecommendationClassifier model;
    try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
      model = (RecommendationClassifier) in.readObject();
    } catch (ClassNotFoundException | InvalidClassException | ClassCastException e) {
      throw new IllegalStateException("model file " + where + " does not fit this build (" + e.getMessage()
          + "): retrain it with this build", e);
    }
    if (!model.modelId().equals(card.modelId())) {
      throw new IllegalStateException("model file " + where + " holds model " + model.modelId()
          + " but its card describes " + card.modelId());
    }
    return new Loaded(model, card);
  }
}
