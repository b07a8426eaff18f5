package org.uprlens.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of this JVM, from the garbage collector's own notifications: the heap in use just before a collection
 * (the peak, garbage included) and just after it (what the job really keeps). The second is the one that must not
 * grow with the input; the first is bounded by -Xmx whatever the job does.
 */
final class HeapWatch {
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final AtomicLong PEAK_USED = new AtomicLong();
  private static final AtomicLong PEAK_LIVE = new AtomicLong();

  private HeapWatch() {}

  /** Starts listening once per JVM; cheap to call from every task. */
  static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
            PEAK_USED.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
            PEAK_LIVE.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
          }
        }, null, null);
      }
    }
  }

  /** Peak heap in use, garbage included, in bytes (at least what is in use now). */
  static long peakUsed() {
    Runtime rt = Runtime.getRuntime();
    return PEAK_USED.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
  }

  /** Largest heap in use right after a collection, in bytes; 0 if none happened. */
  static long peakLive() {
    return PEAK_LIVE.get();
  }

  static long max() {
    return Runtime.getRuntime().maxMemory();
  }

  private static long sum(Map<String, MemoryUsage> pools) {
    // Non-heap pools (metaspace, code cache) are reported too; keep the heap ones only.
    long used = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pools.get(pool.getName());
      if (usage != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
        used += usage.getUsed();
      }
    }
    return used;
  }
}
