package org.dpia.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The library's public API is documented: every public or protected type, constructor, method,
 * field and enum constant of dpia-core, dpia-rules-fr, dpia-assertj, dpia-json and dpia-cli has a Javadoc comment,
 * including the builder methods callers reach through a public {@code Builder} whose
 * implementation Immutables generates. (The javadoc tool's own "missing" check is left out of the
 * build because it also demands an {@code @param} and {@code @return} of every one-sentence
 * comment; this test asks for the comment.)
 */
@DisplayName("The public API: every public element has a Javadoc comment")
class PublicApiDocumentedTest {

  static final List<String> MODULES = List.of("dpia-core", "dpia-rules-fr", "dpia-assertj", "dpia-json", "dpia-cli");

  /** Collects the public elements without a comment; run by the javadoc tool in this JVM. */
  public static final class MissingComments implements Doclet {
    static final Set<String> UNDOCUMENTED = new TreeSet<>();

    @Override
    public void init(Locale locale, Reporter reporter) {}

    @Override
    public String getName() {
      return "missing-comments";
    }

    @Override
    public Set<? extends Option> getSupportedOptions() {
      return Set.of();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latest();
    }

    @Override
    public boolean run(DocletEnvironment env) {
      Elements elements = env.getElementUtils();
      for (TypeElement type : ElementFilter.typesIn(env.getIncludedElements())) {
        check(env, type);
        for (Element c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
          if (env.isIncluded(c) && elements.getOrigin(c) == Elements.Origin.MANDATED && type.getKind() == ElementKind.CLASS) {
            // javadoc shows a default constructor of a public class with no description: declare it, documented or hidden
            UNDOCUMENTED.add(type.getQualifiedName() + "#" + c + " (default constructor)");
          }
        }
        for (Element member : elements.getAllMembers(type)) {
          if (declaredHere(type, member) ? env.isIncluded(member) : inheritedFromGenerated(env, member)) {
            check(env, member);
          }
        }
      }
      return true;
    }

    private static boolean declaredHere(TypeElement type, Element member) {
      return member.getEnclosingElement().equals(type);
    }

    /** A public member of a non-public class of the project, such as Immutables' generated builders. */
    private static boolean inheritedFromGenerated(DocletEnvironment env, Element member) {
      Element owner = member.getEnclosingElement();
      return owner instanceof TypeElement t && t.getQualifiedName().toString().startsWith("org.dpia.")
          && !env.isIncluded(t) && member.getModifiers().contains(Modifier.PUBLIC) && member.getKind() == ElementKind.METHOD;
    }

    private static void check(DocletEnvironment env, Element e) {
      if (env.getElementUtils().getOrigin(e) != Elements.Origin.EXPLICIT || implicit(e)) {
        return;   // a default constructor, an enum's values() and valueOf(), a record's accessors: javadoc writes them
      }
      if (env.getDocTrees().getDocCommentTree(e) == null && !overrides(env, e)) {
        UNDOCUMENTED.add(e.getEnclosingElement() + (e instanceof TypeElement ? "" : "#") + (e instanceof TypeElement t ? t.getQualifiedName() : e.toString()));
      }
    }

    private static boolean implicit(Element e) {
      Element owner = e.getEnclosingElement();
      String name = e.getSimpleName().toString();
      if (owner.getKind() == ElementKind.ENUM && e.getKind() == ElementKind.METHOD) {
        return name.equals("values") || name.equals("valueOf");
      }
      if (owner.getKind() == ElementKind.RECORD) {
        return e.getKind() == ElementKind.RECORD_COMPONENT
            || ((TypeElement) owner).getRecordComponents().stream().anyMatch(c -> c.getAccessor().equals(e));
      }
      return false;
    }

    /** A method that overrides a documented one inherits its comment. */
    private static boolean overrides(DocletEnvironment env, Element e) {
      if (e.getKind() != ElementKind.METHOD) {
        return false;
      }
      TypeElement owner = (TypeElement) e.getEnclosingElement();
      Elements elements = env.getElementUtils();
      for (TypeElement supertype : supertypes(env, owner)) {
        for (Element candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
          if (elements.overrides((javax.lang.model.element.ExecutableElement) e, (javax.lang.model.element.ExecutableElement) candidate, owner)) {
            return true;
          }
        }
      }
      return false;
    }

    private static List<TypeElement> supertypes(DocletEnvironment env, TypeElement type) {
      List<TypeElement> all = new ArrayList<>();
      List<javax.lang.model.type.TypeMirror> next = new ArrayList<>(env.getTypeUtils().directSupertypes(type.asType()));
      while (!next.isEmpty()) {
        javax.lang.model.type.TypeMirror m = next.remove(0);
        Element e = env.getTypeUtils().asElement(m);
        if (e instanceof TypeElement t && !all.contains(t)) {
          all.add(t);
          next.addAll(env.getTypeUtils().directSupertypes(m));
        }
      }
      return all;
    }
  }

  @Test
  @DisplayName("dpia-core, dpia-rules-fr, dpia-assertj, dpia-json and dpia-cli: no public type, constructor (default ones included), method, field or builder method without a comment")
  void everyPublicElementIsDocumented() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> sources = new ArrayList<>();
    for (String module : MODULES) {
      sources.addAll(javaFiles(root.resolve(module).resolve("src/main/java")));
      sources.addAll(javaFiles(root.resolve(module).resolve("target/generated-sources/annotations")));
    }
    assertThat(sources).as("the library's sources, read from the module directories").hasSizeGreaterThan(100);

    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    StringWriter log = new StringWriter();
    MissingComments.UNDOCUMENTED.clear();
    try (StandardJavaFileManager files = javadoc.getStandardFileManager(null, Locale.ROOT, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      boolean ran = javadoc.getTask(log, files, null, MissingComments.class, List.of("-protected", "-quiet", "-classpath", classPath), units).call();
      assertThat(ran).as("javadoc ran on the sources: %s", log).isTrue();
    }

    assertThat(MissingComments.UNDOCUMENTED).as("public elements without a Javadoc comment").isEmpty();
  }

  private static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
