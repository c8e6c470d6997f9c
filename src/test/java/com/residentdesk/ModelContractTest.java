package com.residentdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.FormField;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.casefile.ResidentRequest;
import com.residentdesk.casefile.TaskStep;
import com.residentdesk.intake.ResidentRequestProcess;
import com.residentdesk.support.ModelTestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The contract between the Java code and the models as deployed: the constants of every {@code
 * <Name>Process} class name elements of its model, every user task has its step, every field a step
 * reads is a field of its task's form (and every form field is declared by a step, so no case data
 * stays in the process unseen), every form reference resolves to a deployed form, every delegate
 * expression names a delegate bean. Models and forms live in the folder of the package that owns
 * them. No Spring context: the models are read from the fast tests' engine.
 */
@Tag("fast")
class ModelContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DELEGATE = Pattern.compile("\\$\\{(\\w+Delegate)}");

  private static RepositoryService repository;

  /** Deployed resource name ("processes/intake/resident-request.bpmn") by process key. */
  private static final Map<String, String> MODEL_OF = new HashMap<>();

  /** Deployed form resource name by form id, and the form's field keys. */
  private static final Map<String, String> FORM_RESOURCE = new HashMap<>();

  private static final Map<String, Set<String>> FORM_FIELDS = new HashMap<>();

  /** Every text a form shows staff (labels, texts, descriptions, placeholders), by form id. */
  private static final Map<String, List<String>> FORM_TEXTS = new HashMap<>();

  /** A rule id of RULES.md ("SVC-04", "INT-01"). */
  private static final Pattern RULE_ID =
      Pattern.compile("\\b(?:INT|CAT|EMG|HLP|CMP|CB|CHA|INQ|SUG|SVC|QA|GOV|HH)-\\d{2}\\b");

  private static final List<BpmnModelInstance> MODELS = new ArrayList<>();

  @BeforeAll
  static void readDeployedModels() {
    ProcessEngine engine = ModelTestEngine.get();
    repository = engine.getRepositoryService();
    for (ProcessDefinition definition :
        repository.createProcessDefinitionQuery().latestVersion().list()) {
      MODEL_OF.put(definition.getKey(), definition.getResourceName());
      MODELS.add(repository.getBpmnModelInstance(definition.getId()));
    }
    String deploymentId = repository.createDeploymentQuery().singleResult().getId();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        JsonNode form = read(deploymentId, resource.getName());
        FORM_RESOURCE.put(form.get("id").asText(), resource.getName());
        Set<String> keys = new HashSet<>();
        form.findValues("key").forEach(key -> keys.add(key.asText()));
        FORM_FIELDS.put(form.get("id").asText(), keys);
        List<String> texts = new ArrayList<>();
        for (String shown : List.of("label", "text", "description", "placeholder")) {
          form.findValues(shown).forEach(text -> texts.add(text.asText()));
        }
        FORM_TEXTS.put(form.get("id").asText(), texts);
      }
    }
  }

  private static JsonNode read(String deploymentId, String resourceName) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the Java side ---------------------------------------------------------------------------

  private static Stream<Class<?>> classes(ClassPathScanningCandidateComponentProvider scanner) {
    return scanner.findCandidateComponents("com.residentdesk").stream()
        .map(BeanDefinition::getBeanClassName)
        .map(ModelContractTest::load);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every step bean, built without its collaborators: a constructor only declares the step. */
  private static List<TaskStep> steps() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(TaskStep.class));
    return classes(scanner).map(ModelContractTest::declaredStep).toList();
  }

  private static TaskStep declaredStep(Class<?> type) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructors()[0];
      constructor.setAccessible(true);
      return (TaskStep) constructor.newInstance(new Object[constructor.getParameterCount()]);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
    }
  }

  /** The process classes: a KEY and an Element class of id constants. */
  private static List<Class<?>> processClasses() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(
        (reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Process"));
    return classes(scanner)
        .filter(
            type -> Arrays.stream(type.getDeclaredClasses()).anyMatch(ModelContractTest::isElement))
        .toList();
  }

  private static boolean isElement(Class<?> nested) {
    return nested.getSimpleName().equals("Element");
  }

  private static String constant(Class<?> type, String name) {
    try {
      return (String) type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String packageOf(Class<?> type) {
    String name = type.getPackageName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String folderOf(String resourceName) {
    String[] parts = resourceName.split("/");
    return parts[parts.length - 2];
  }

  private static Map<String, BaseElement> userTasks() {
    Map<String, BaseElement> tasks = new HashMap<>();
    MODELS.forEach(
        model ->
            model.getModelElementsByType(UserTask.class).forEach(t -> tasks.put(t.getId(), t)));
    return tasks;
  }

  // ---- the contract ----------------------------------------------------------------------------

  @Test
  void everyElementConstantIsAnElementOfItsModelWhichLivesInItsPackagesFolder() {
    List<Class<?>> processes = processClasses();
    assertThat(processes).hasSizeGreaterThanOrEqualTo(8);
    for (Class<?> process : processes) {
      String key = constant(process, "KEY");
      assertThat(MODEL_OF).as("model of " + process.getSimpleName()).containsKey(key);
      assertThat(folderOf(MODEL_OF.get(key))).as(key).isEqualTo(packageOf(process));
      BpmnModelInstance model =
          repository.getBpmnModelInstance(
              repository
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(key)
                  .latestVersion()
                  .singleResult()
                  .getId());
      Class<?> elements =
          Arrays.stream(process.getDeclaredClasses())
              .filter(ModelContractTest::isElement)
              .findFirst()
              .orElseThrow();
      for (Field field : elements.getFields()) {
        String id = constant(elements, field.getName());
        assertThat((Object) model.getModelElementById(id))
            .as(process.getSimpleName() + ".Element." + field.getName() + " = " + id)
            .isNotNull();
      }
    }
  }

  @Test
  void everyUserTaskHasItsStepAndEveryStepItsTask() {
    Map<String, TaskStep> steps = TaskStep.byTaskKey(steps());
    assertThat(steps.keySet()).as("steps without a task").isSubsetOf(userTasks().keySet());
    assertThat(userTasks().keySet()).as("user tasks without a step").isSubsetOf(steps.keySet());
  }

  @Test
  void everyFieldAStepReadsIsOnItsTasksFormAndEveryFormFieldIsDeclared() {
    Map<String, TaskStep> steps = TaskStep.byTaskKey(steps());
    userTasks()
        .forEach(
            (taskKey, element) -> {
              UserTask task = (UserTask) element;
              TaskStep step = steps.get(taskKey);
              Set<String> formFields = FORM_FIELDS.get(task.getCamundaFormRef());
              List<String> declared = step.fields().stream().map(FormField::name).toList();
              assertThat(formFields)
                  .as(
                      taskKey
                          + ": form "
                          + task.getCamundaFormRef()
                          + " has the fields of "
                          + step.getClass().getSimpleName())
                  .containsAll(declared)
                  .as(
                      taskKey
                          + ": every field of form "
                          + task.getCamundaFormRef()
                          + " is declared by "
                          + step.getClass().getSimpleName())
                  .containsExactlyInAnyOrderElementsOf(declared);
              assertThat(folderOf(FORM_RESOURCE.get(task.getCamundaFormRef())))
                  .as("folder of form " + task.getCamundaFormRef())
                  .isEqualTo(packageOf(step.getClass()));
            });
  }

  /** Rule ids belong in element documentation, never in what staff read on a form. */
  @Test
  void noFormShowsStaffARuleId() {
    FORM_TEXTS.forEach(
        (form, texts) ->
            assertThat(texts)
                .as("texts of form %s", form)
                .noneMatch(text -> RULE_ID.matcher(text).find()));
  }

  @Test
  void everyFormReferenceResolvesToADeployedForm() {
    List<String> references = new ArrayList<>();
    for (BpmnModelInstance model : MODELS) {
      model
          .getModelElementsByType(UserTask.class)
          .forEach(t -> references.add(t.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).stream()
          .filter(
              start ->
                  start.getParentElement() instanceof Process p && p.isCamundaStartableInTasklist())
          .forEach(start -> references.add(start.getCamundaFormRef()));
    }
    assertThat(references).doesNotContainNull().isNotEmpty();
    assertThat(FORM_RESOURCE.keySet()).containsAll(references);
  }

  /** The request, and the property it is for (which decides the instance's tenant). */
  @Test
  void theIntakeFormsAskForTheRequestAndNothingElse() {
    List<String> request =
        Stream.concat(
                Arrays.stream(ResidentRequest.class.getRecordComponents())
                    .map(RecordComponent::getName),
                Stream.of(CaseVariables.PROPERTY.name()))
            .toList();
    // the start form asks for an inquiry's topic in a text field of its own (the subcategory of
    // an emergency is chosen from a list)
    List<String> intake = new ArrayList<>(request);
    intake.add(intake.indexOf("subcategory") + 1, ResidentRequestProcess.Field.TOPIC.name());
    assertThat(ResidentRequestProcess.Field.INTAKE)
        .extracting(ProcessVariable::name)
        .containsExactlyElementsOf(intake);
    assertThat(intake).containsAll(FORM_FIELDS.get("resident-request-intake"));
    assertThat(request).containsAll(FORM_FIELDS.get("complaint-intake"));
  }

  @Test
  void everyDelegateExpressionNamesADelegateBeanOfThatName() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
    Map<String, Class<?>> beans = new HashMap<>();
    classes(scanner)
        .filter(type -> !Modifier.isAbstract(type.getModifiers()))
        .forEach(type -> beans.put(type.getAnnotation(Component.class).value(), type));
    beans.forEach(
        (name, type) ->
            assertThat(type.getSimpleName()).as("bean " + name).isEqualToIgnoringCase(name));
    Set<String> named = new HashSet<>();
    for (BpmnModelInstance model : MODELS) {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        Matcher delegate = DELEGATE.matcher(String.valueOf(task.getCamundaDelegateExpression()));
        assertThat(delegate.matches()).as(task.getId() + " uses ${xyzDelegate}").isTrue();
        named.add(delegate.group(1));
      }
    }
    assertThat(beans.keySet()).containsExactlyInAnyOrderElementsOf(named);
  }
}
