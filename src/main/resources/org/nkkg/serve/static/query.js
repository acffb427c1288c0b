// Query page: YASGUI bound to this server's read-only SPARQL endpoint. Works offline (no external fetches).
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || typeof window.Yasgui === "undefined") return;
  var endpoint = new URL(el.getAttribute("data-endpoint") || "/nkkg/sparql", window.location.href).toString();
  var Yasgui = window.Yasgui;
  // Class and property autocompletion would query an external vocabulary service: keep it local.
  if (Yasgui.Yasqe && Yasgui.Yasqe.defaults && Array.isArray(Yasgui.Yasqe.defaults.autocompleters)) {
    Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (n) {
      return n !== "class" && n !== "property";
    });
  }
  var defaultQuery = [
    "PREFIX nkkg: <https://nkkg.example.org/ontology#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "",
    "SELECT ?entity ?type ?label WHERE {",
    "  ?entity a ?type ; rdfs:label ?label .",
    "  FILTER(lang(?label) = \"en\")",
    "} LIMIT 50"
  ].join("\n");
  window.nkkgYasgui = new Yasgui(el, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; }
    },
    persistenceId: "nkkg-yasgui",
    yasqe: { value: defaultQuery, prefixCcApi: null }
  });
})();
