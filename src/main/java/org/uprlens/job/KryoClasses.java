package org.uprlens.job;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;
import org.uprlens.classify.RecommendationClassifier;
import org.uprlens.ingest.InputFiles;

/**
 * Lets the job run with {@code spark.serializer=KryoSerializer} (the cluster default in jobs/cluster.conf). Kryo's
 * field serializer cannot set the final fields of records, which the model and the input list are made of, so
 * these travel with Java serialization (they are sent once per executor or task, so its speed does not matter).
 */
public final class KryoClasses implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.register(RecommendationClassifier.class, new JavaSerializer());
    kryo.register(InputFiles.InputFile.class, new JavaSerializer());
  }
}
