package com.residentdesk.governance;

import com.residentdesk.governance.ActiveProcedures.Active;
import com.residentdesk.governance.ModelFile.Kind;
import com.residentdesk.governance.ModelFile.Reference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one deployment must hold for a change to take effect, and nothing more. Every model here
 * references its forms, decisions and called processes with deployment binding (so a running case
 * keeps using the versions it started with, down to its called processes): a changed form or
 * decision therefore takes effect only deployed together with the processes that use it, and those
 * need every other file they reference in the same deployment. Unchanged files come from the set in
 * use; a file unrelated to the change is not deployed again.
 */
final class DeploymentSet {

  /** A reference that neither the deployment nor the set in use can satisfy. */
  record Missing(String file, Reference reference) {}

  private final Map<String, ModelFile> files = new LinkedHashMap<>();
  private final List<Missing> missing = new ArrayList<>();

  private DeploymentSet() {}

  /**
   * @param changed the changed files, under their names in processes/ and forms/
   * @param active the set in use
   */
  static DeploymentSet of(Collection<ModelFile> changed, Active active) {
    DeploymentSet set = new DeploymentSet();
    changed.forEach(file -> set.files.put(file.name(), file));
    boolean grew = true;
    while (grew) {
      grew = set.addUsers(active) | set.addReferenced(active);
    }
    set.checkLatestBound(active);
    return set;
  }

  List<ModelFile> files() {
    return List.copyOf(files.values());
  }

  List<Missing> missing() {
    return List.copyOf(missing);
  }

  /** Processes in use that reference, with deployment binding, something this set redefines. */
  private boolean addUsers(Active active) {
    boolean grew = false;
    for (ModelFile process : active.processes()) {
      if (containsDefinitionsOf(process)) {
        continue;
      }
      boolean uses =
          process.references().stream()
              .filter(Reference::deploymentBound)
              .anyMatch(reference -> defined(reference).isPresent());
      if (uses) {
        files.put(process.name(), process);
        grew = true;
      }
    }
    return grew;
  }

  /** What the set's processes reference with deployment binding and the set lacks. */
  private boolean addReferenced(Active active) {
    boolean grew = false;
    for (ModelFile process : List.copyOf(files.values())) {
      for (Reference reference : process.references()) {
        if (!reference.deploymentBound() || defined(reference).isPresent()) {
          continue;
        }
        Optional<Active.File> inUse = active.defining(reference.kind(), reference.key());
        if (inUse.isPresent() && !files.containsKey(inUse.get().model().name())) {
          files.put(inUse.get().model().name(), inUse.get().model());
          grew = true;
        } else if (inUse.isEmpty()) {
          addMissing(process, reference);
        }
      }
    }
    return grew;
  }

  /** A latest-bound reference resolves at run time to whatever is in use: it must exist. */
  private void checkLatestBound(Active active) {
    for (ModelFile process : files.values()) {
      for (Reference reference : process.references()) {
        if (!reference.deploymentBound()
            && defined(reference).isEmpty()
            && active.defining(reference.kind(), reference.key()).isEmpty()) {
          addMissing(process, reference);
        }
      }
    }
  }

  private void addMissing(ModelFile process, Reference reference) {
    Missing entry = new Missing(process.fileName(), reference);
    if (!missing.contains(entry)) {
      missing.add(entry);
    }
  }

  private Optional<ModelFile> defined(Reference reference) {
    return files.values().stream()
        .filter(file -> file.defines(reference.kind(), reference.key()))
        .findFirst();
  }

  private boolean containsDefinitionsOf(ModelFile process) {
    return files.values().stream()
        .anyMatch(
            file ->
                file.kind() == Kind.BPMN
                    && process.keys().stream().anyMatch(key -> file.keys().contains(key)));
  }
}
