package com.residentdesk.system;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value kept for the running transaction only (what it registered, say), dropped when the
 * transaction completes. Outside a transaction there is none.
 */
public final class TransactionScoped {

  private TransactionScoped() {}

  /** The transaction's value under the key, created on first use; empty outside a transaction. */
  public static <T> Optional<T> get(Object key, Supplier<T> create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    T value = (T) TransactionSynchronizationManager.getResource(key);
    if (value == null) {
      T fresh = create.get();
      TransactionSynchronizationManager.bindResource(key, fresh);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
          });
      value = fresh;
    }
    return Optional.of(value);
  }

  /** The transaction's value under the key, if it has one. */
  @SuppressWarnings("unchecked")
  public static <T> Optional<T> find(Object key) {
    return Optional.ofNullable((T) TransactionSynchronizationManager.getResource(key));
  }
}
