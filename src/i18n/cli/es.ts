// The command line in Spanish (Business Central ESP's field captions come from the captions module).
import type { Translations } from "../msg";
import type { cliEn as EnglishCatalogue } from "./en";

export const cliEs: Translations<typeof EnglishCatalogue> = {
  "cli.about":
    "Inventory Costing para Excel: Valorar stock - movs. producto de Business Central, coste medio, valoración del\n" +
    "inventario y revalorización en un libro de movimientos (<workbook> es un archivo .xlsx o una carpeta de\n" +
    "archivos CSV, uno por tabla).",
  "cli.usage": "Uso: costing <command> <workbook> [opciones]",
  "cli.commands": "Comandos:",
  "cli.options": "Opciones (cualquier comando):",
  "cli.langOption": "el idioma de los mensajes: en, sv, de, da, nl, fr o es (por defecto: LC_ALL, LC_MESSAGES o LANG)",
  "cli.commandHelp": '"costing <command> --help" muestra las opciones de un comando.',
  "cli.exitCodes":
    "Códigos de salida: 0 hecho, 1 el libro o un valor suyo requiere atención, 2 línea de comandos errónea, 3 error interno.",
  "cli.commandUsage": "Uso: costing {command} ",
  "cli.repeat": " (repetir para más)",

  "summary.adjust": "Ejecutar Valorar stock - movs. producto y añadir los movimientos de valor de ajuste",
  "summary.avgcost": "El coste unitario medio del periodo que contiene una fecha",
  "summary.calc-value": "Calcular valor inventario: escribir el diario de revalorización para una fecha",
  "summary.check": "Comprobar un libro: tablas, configuración, productos, fechas, columnas deducidas y cada problema",
  "summary.explain": "El grupo detrás de una media: apertura, cada entrada, cada salida valorada, cierre",
  "summary.post":
    'Registrar el diario de revalorización: movimientos de valor de revalorización, valoración de existencias, "Posting Log"',
  "summary.preview": "Lo que cambiaría el registro del diario de revalorización (no se escribe nada)",
  "summary.valuation": "Cantidad y valor del inventario por producto a una fecha",
  "summary.scenario": "Escenarios de revalorización: agregar, listar, comparar lado a lado, recalcular, registrar uno",

  "cli.unknownCommand": 'comando desconocido "{name}".',
  "cli.langUnknown": '--lang "{value}" no es ninguno de en, sv, de, da, nl, fr, es.',
  "cli.langMissing": "--lang necesita un idioma: en, sv, de, da, nl, fr o es.",
  "cli.notAChoice": '--{option} "{value}" no es {choices}.',
  "cli.missingPositional": "Falta <{name}>.",
  "cli.unexpectedArgument": "Argumento inesperado {args}.",
  "cli.missingOption": "Falta --{option} <{value}>.",
  "cli.notADate": '--{option} "{value}" no es una fecha escrita YYYY-MM-DD (por ejemplo 2023-01-31).',
  "cli.outEmpty": "--out necesita una ruta.",
  "cli.outIsWorkbook":
    "--out indica el propio libro. Omita --out para actualizar el libro en su sitio, o indique otra ruta.",
  "cli.outXlsx": '--out "{out}" debe ser un archivo .xlsx, como el libro "{workbook}".',
  "cli.outFolder": '--out "{out}" debe ser una carpeta (para los archivos CSV), como el libro "{workbook}".',
  "cli.perItemOnly":
    "{options} solo {count, plural, one {se aplica} other {se aplican}} a --per item (una línea por movimiento revaloriza ese movimiento tal como está).",
  "cli.documentNoEmpty": "--document-no necesita un número de documento.",
  "cli.scenarioAction": '"{value}" no es una acción de escenario. Indique una de {actions}.',
  "cli.scenarioOneWhatIf": "Indique una sola hipótesis para un escenario, no {options}.",
  "cli.negativeCost": '--unit-cost "{value}" es negativo. Indique un coste unitario de 0 o más.',
  "cli.notANumber": '--{option} "{value}" no es un número. Escríbalo como 8.00 o -10.',
  "cli.finishAndRollback": "--finish y --rollback se excluyen: indique el que desee.",
  "cli.noAdjustRollback": "--no-adjust no hace nada con --rollback (deshacer no valora existencias); quítelo.",

  "cli.recovered":
    'Nota: un comando costing que empezó a las {startedAt} se interrumpió mientras guardaba "{workbook}"; el ' +
    "guardado ya se ha completado ({files} escritos), así que el libro vuelve a estar entero.",
  "cli.theFile": "el archivo",
  "cli.fileNotFound": "{where} no se encontró. Compruebe la ruta y vuelva a ejecutar el comando.",
  "cli.fileDenied": "{where} no se puede abrir ni escribir: permiso denegado. Compruebe los permisos del archivo.",
  "cli.fileBusy": "{where} está en uso (¿abierto en Excel?). Ciérrelo y vuelva a ejecutar el comando.",
  "cli.fileKind": "{where} no es del tipo esperado (un archivo donde se esperaba una carpeta, o al revés).",
  "cli.fileNoSpace": "No queda espacio para escribir {where}. Libere espacio; el libro original no ha cambiado.",
  "cli.loadProblems":
    'El libro "{workbook}" tiene {count, plural, one {# problema} other {# problemas}} que deben corregirse ' +
    'primero; {consequence} Corrija las celdas indicadas abajo (o ejecute "costing check {workbook}" para el ' +
    "informe completo) y vuelva a ejecutar el comando.",
  "cli.loadUnreadable":
    'El libro "{workbook}" no se pudo leer; {consequence} Corrija las celdas indicadas abajo (o ejecute ' +
    '"costing check {workbook}" para el informe completo) y vuelva a ejecutar el comando.',
  "cli.nothingWritten": "no se escribió nada.",
  "cli.noValuation": "no se hizo ninguna valoración.",
  "cli.noAverage": "no se calculó ninguna media.",
  "cli.nothingExplained": "no se explicó nada.",
  "cli.nothingPosted": "no se registró nada.",
  "cli.nothingPreviewed": "no se hizo ninguna vista previa.",
  "cli.writtenToOut": "{out} ({workbook} no ha cambiado)",
  "cli.writtenInPlace": "{workbook} (actualizado en su sitio)",
  "cli.total": "Total",
  "col.location": "Almacén",
  "col.variant": "Variante",

  "check.workbook": "Libro: {workbook} ({kind})",
  "check.xlsx": "libro de Excel",
  "check.csv": "carpeta de archivos CSV",
  "check.tablesFound": "Tablas encontradas",
  "check.table": "Tabla",
  "check.foundAs": "Encontrada como",
  "check.rows": "Filas",
  "check.notFound": "(no encontrada)",
  "check.setup": "Configuración vigente",
  "check.field": "Campo",
  "check.value": "Valor",
  "check.noRestriction": "(sin restricción)",
  "check.noPeriods":
    "Sin periodos contables: la Configuración inventario se aplica a todas las fechas; los ejercicios son años naturales.",
  "check.fiscalYears":
    "Ejercicios (Periodos contables, {count, plural, one {# periodo} other {# periodos}}): cada uno con su propia configuración.",
  "check.starts": "Empieza",
  "check.calcType": "Tipo cálculo",
  "check.closed": "Cerrado",
  "check.blank": "(vacío)",
  "check.yes": "Sí",
  "check.no": "No",
  "check.itemsByMethod": "Productos por valoración de existencias",
  "check.items": "Productos",
  "check.dates": "Fechas",
  "check.postingDates": "Fechas de registro (movimientos de producto):",
  "check.valuationDates": "Fechas de valoración (movimientos de valor):",
  "check.noDates": "(ninguna)",
  "check.chosenMethod": "{method} (--costing-method)",
  "check.exportLacks": "Lo que le falta a la exportación",
  "check.adviceNone": "Nada: la exportación tiene todas las columnas que la valoración usa.",
  "check.adviceRefused": "Sin estas la valoración se detiene; agréguelas a la exportación:",
  "check.adviceWarned":
    "Sin estas se suponen valores, así que las cifras pueden diferir de las de Business Central; agréguelas a la exportación:",
  "check.adviceDerived": "Deducidas exactamente de los movimientos; expórtelas solo para que se comprueben:",
  "check.adviceUnused": "No las usa la valoración de estos movimientos:",
  "check.counts":
    "{entries, plural, one {# movimiento de producto} other {# movimientos de producto}}, " +
    "{values, plural, one {# movimiento de valor} other {# movimientos de valor}}",
  "check.adjustment": "Valoración de existencias (Punto de entrada aj. coste promedio)",
  "check.allAdjusted":
    "{count, plural, one {# punto de entrada valorado} other {Los # puntos de entrada valorados}}: costing adjust no registraría nada.",
  "check.notAdjusted":
    "{open, plural, one {# punto de entrada} other {# puntos de entrada}} de {total} sin valorar, para " +
    "{items, plural, one {# producto} other {# productos}} (el más antiguo: producto {item}, {date}).",
  "check.runAdjust":
    "Ejecute costing adjust para valorarlos; los periodos posteriores del mismo producto también se recalculan.",
  "check.noProblems": "Problemas: ninguno. El libro está listo para costing adjust.",
  "check.problems":
    "Problemas: {errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# advertencia} other {# advertencias}}",
  "check.repair": "Repare el registro interrumpido con el comando indicado arriba y vuelva a ejecutar costing check.",
  "check.correct":
    "Corrija los errores del libro (cada uno indica la tabla, la fila y la columna) y vuelva a ejecutar costing check.",
  "check.onlyWarnings": "Solo advertencias: el libro se puede valorar; revíselas.",

  "adjust.heading": "Valorar stock - movs. producto: {workbook}",
  "adjust.progress": "Valorando existencias",
  "adjust.nothing": "Nada que valorar: el coste de cada producto ya está valorado. No se crearon movimientos de valor.",
  "adjust.copied": "Copiado sin cambios a: {out}",
  "adjust.unchanged": "El libro no se modificó.",
  "adjust.items": "Productos valorados:",
  "adjust.created": "Movimientos de valor creados:",
  "adjust.total": "Importe total:",
  "adjust.writtenTo": "Escrito en:",
  "adjust.range": "{count} (nº mov. {first}..{last})",
  "adjust.appended":
    "{count, plural, one {# movimiento de valor añadido} other {# movimientos de valor añadidos}} a Movs. valor.",

  "valuation.heading": "Inventario a {date} (por fecha de valoración): {workbook}",
  "valuation.headingPosting": "Inventario a {date} (por fecha de registro): {workbook}",
  "valuation.value": "Valor",
  "valuation.none": "(sin inventario en esa fecha)",

  "average.heading": "Coste medio de {scope} el {date}",
  "average.allLocations": "{item} (todos los almacenes y variantes)",
  "average.location": "{item}, almacén {location}",
  "average.locationVariant": "{item}, almacén {location}, variante {variant}",
  "average.period": "Periodo coste medio",
  "average.quantity": "Cantidad",
  "average.value": "Valor",
  "average.unitCost": "Coste unitario",
  "average.noQuantity": "ninguno (sin cantidad en el grupo del periodo)",
  "explain.heading": "Cálculo del coste medio de {scope}",
  "explain.period": "Periodo {start} .. {end} (Tipo cálculo cte. medio {calcType})",
  "explain.opening": "Apertura (antes del periodo)",
  "explain.closing": "Cierre",
  "explain.averageRow": "Coste unitario medio",
  "explain.line": "Línea",
  "explain.inbound": "entrada",
  "average.pools":
    "Coste medio de {item} el {date}, por almacén y variante (Tipo cálculo cte. medio {calcType}): {count, plural, one {# grupo} other {# grupos}}.",
  "average.locationColumn": "Almacén",
  "average.variantColumn": "Variante",
  "average.pickPool": 'Para uno de ellos indique --location ("costing {command} ... --location {location}").',
  "average.pickPoolVariant":
    'Para uno de ellos indique --location y --variant ("costing {command} ... --location {location} --variant {variant}").',
  "explain.note": "Nota",
  "explain.openingInbounds": "{count, plural, one {# movimiento de entrada} other {# movimientos de entrada}}",
  "explain.openingOutbounds": "{count, plural, one {# movimiento de salida} other {# movimientos de salida}}",
  "explain.openingRevaluations": "revalorizaciones de {count, plural, one {# movimiento} other {# movimientos}}",
  "explain.ofWhichBackdated": "de ellos con fecha anterior ({kind})",
  "explain.leftOut": "fuera del grupo: {count, plural, one {# salida abierta} other {# salidas abiertas}}",
  "explain.leftOutNote": "Inventario negativo de periodos anteriores aún no cubierto: fuera del promedio.",
  "explain.backdated":
    "Con fecha anterior: movimiento de valor {valueEntry}, registrado el {postingDate} y valorado el {valuationDate}, llegó después del movimiento {after} valorado el {afterDate}.",
  "explain.backdatedNote":
    "Los valores con fecha anterior cuentan desde su fecha de valoración: Valorar stock - movs. producto volvió a calcular los promedios de los periodos desde entonces.",
  "explain.outboundAveraged": "salida, al coste medio",
  "explain.outboundFixed": "salida, liquidación fija",
  "explain.revaluation": "revalorización",
  "explain.costChange": "cambio de coste",
  "explain.none": "Coste unitario medio: ninguno (sin cantidad en el grupo del periodo).",
  "explain.unitCost": "Coste unitario medio: {unitCost} (valor {value} / cantidad {quantity})",

  "calc.heading": "Calcular valor inventario: {workbook}",
  "calc.postingDate": "Fecha registro:",
  "calc.documentNo": "Nº documento:",
  "calc.per": "Calcular por:",
  "calc.perItem": "Producto",
  "calc.perEntry": "Movimiento de producto",
  "calc.byLocation": "por almacén",
  "calc.byVariant": "por variante",
  "calc.nothing":
    "Nada que revalorizar: ningún producto tiene inventario revalorizable en esa fecha (recepciones completamente facturadas pendientes).",
  "calc.noJournal": "No se escribió ningún diario; el libro no se modificó.",
  "calc.lines": "Líneas:",
  "calc.items": "Productos:",
  "calc.inventoryValue": "Valor inventario (calculado):",
  "calc.amountFromBase": "Importe (de --base):",
  "calc.moreLines": "  ... y {count} líneas más en el diario",
  "calc.replacedUnposted":
    "Se reemplazó el diario anterior ({count, plural, one {# línea sin registrar} other {# líneas sin registrar}}, descartadas con --replace).",
  "calc.replacedPosted": 'Se reemplazó el diario anterior (registrado; su fila de "Posting Log" se queda).',
  "calc.writtenTo": "Diario revalorización escrito en: {where}",
  "calc.nextSheet":
    "Siguiente: introduzca el nuevo Prec. coste revaluado (o el Valor inventario (revalorizado)) en las líneas de " +
    'la hoja "Revaluation Journal"; luego "costing preview {target}" muestra el efecto y "costing post {target}" lo registra.',
  "calc.nextCsv":
    "Siguiente: introduzca el nuevo Prec. coste revaluado (o el Valor inventario (revalorizado)) en las líneas de " +
    '"Revaluation Journal.csv"; luego "costing preview {target}" muestra el efecto y "costing post {target}" lo registra.',

  "preview.heading": "Vista previa del diario de revalorización (no se escribe nada): {workbook}",
  "preview.lines": "Fecha registro {date}, {count, plural, one {# línea} other {# líneas}}",
  "preview.linesMoving":
    "Fecha registro {date}, {count, plural, one {# línea} other {# líneas}}, {moving} con un Importe distinto de 0,00",
  "preview.none": "El registro no crearía movimientos de revalorización: el Importe de cada línea es 0,00.",
  "preview.enterCost":
    'Introduzca el nuevo Prec. coste revaluado en las líneas que se van a revalorizar y vuelva a ejecutar "costing preview".',
  "preview.entries": "Movimientos de valor que crearía el registro:",
  "preview.kind": "Clase",
  "preview.revaluation": "Revalorización",
  "preview.adjustment": "Ajuste",
  "preview.adjustmentsNote1":
    "  (Ajustes: todo lo que Valorar stock - movs. producto registraría tras la revalorización, incluido lo que",
  "preview.adjustmentsNote2": '  registraría sin ella; ejecute primero "costing adjust" para ver solo los del diario.)',
  "preview.perItem":
    "Por producto: valor del inventario el {date} (por fecha de valoración) y coste de ventas, antes y después:",
  "preview.inventoryBefore": "Inventario antes",
  "preview.after": "después",
  "preview.change": "cambio",
  "preview.cogsBefore": "Coste de ventas antes",
  "preview.perMonth": "Cambios por producto y mes (por fecha de registro):",
  "preview.month": "Mes",
  "preview.inventoryChange": "Cambio del valor inventario",
  "preview.cogsChange": "Cambio del coste de ventas",
  "preview.nothingWritten": 'No se escribió nada. "costing post {workbook}" registra el diario.',

  "scenario.whatIf.Calculated": "calculado (escriba usted los costes unitarios)",
  "scenario.whatIf.Percent": "porcentaje",
  "scenario.whatIf.Unit Cost": "coste unitario",
  "scenario.whatIf.Last Direct Cost": "Último coste directo",
  "scenario.whatIf.Standard Cost": "Coste estándar",
  "scenario.cli.added": 'Se agregó el escenario "{name}": {workbook}',
  "scenario.cli.replaced": 'Se reemplazó y recalculó el escenario "{name}": {workbook}',
  "scenario.cli.refreshed": 'Se recalculó el escenario "{name}" sobre los movimientos tal como están ahora: {workbook}',
  "scenario.cli.posted": 'Se registró el escenario "{name}" como diario de revalorización: {workbook}',
  "scenario.cli.whatIf": "Hipótesis",
  "scenario.cli.amount": "Importe de revalorización",
  "scenario.cli.nextCompare":
    'Si lo desea, escriba costes unitarios en sus líneas de la tabla "Revaluation Scenarios"; "costing scenario compare {workbook}" muestra todos los escenarios lado a lado.',
  "scenario.cli.listHeading": "Escenarios de revalorización: {workbook}",
  "scenario.cli.linesColumn": "Líneas",
  "scenario.cli.status": "Estado",
  "scenario.cli.current": "al día",
  "scenario.cli.stale": "desfasado",
  "scenario.cli.postedAt": "registrado el {postedAt}",
  "scenario.cli.compareHeading":
    "Escenarios de revalorización lado a lado, sobre los movimientos tal como están ahora (no se escribe nada): {workbook}",
  "scenario.cli.inventoryBefore": "Inventario en la fecha de registro",
  "scenario.cli.inventoryAfter": "  tras la revalorización",
  "scenario.cli.cogsPerMonth": "Cambio del coste de ventas por mes",
  "scenario.cli.staleNote":
    'Un escenario desfasado se calculó antes de que se registraran movimientos de sus productos: sus cifras son las que da su hipótesis sobre los movimientos tal como están ahora. "costing scenario refresh" las guarda; hasta entonces, "costing scenario post" lo rechaza.',
  "scenario.cli.signs":
    "Un importe de revalorización negativo reduce el inventario; un cambio negativo del coste de ventas significa que el coste de ventas baja.",
  "scenario.cli.noItemChanges": "  Ningún cambio por producto: el Importe de cada línea es 0,00.",
  "scenario.cli.perItem":
    '"{name}", por producto (el mayor cambio primero; no se muestran los productos que no cambia):',
  "scenario.cli.nothingWritten":
    'No se escribió nada. "costing scenario post {workbook} --name <name>" registra uno de ellos.',

  "post.heading": "Diario de revalorización registrado: {workbook}",
  "post.documentNo": "Nº documento:",
  "post.linesPosted": "Líneas registradas:",
  "post.skipped": "{count} ({skipped} con Importe 0,00 omitidas)",
  "post.revaluationEntries": "Movs. de revalorización:",
  "post.adjustmentEntries": "Movs. de ajuste:",
  "post.entries": "{count}{range}",
  "post.range": " (nº mov. {first}..{last})",
  "post.amount": "{entries}, importe {amount}",
  "post.byAdjustCost": "{entries} (Valorar stock - movs. producto)",
  "post.adjustCost": "Valoración de existencias:",
  "post.notAdjusted": 'no ejecutada (--no-adjust); "costing adjust" lleva la revalorización a las ventas',
  "post.standardCost": "Coste estándar cambiado:",
  "post.standardCostValue": "{item}: {cost}",
  "post.standardAndUnitCost": "{item}: {cost} (Coste unitario {unitCost})",
  "post.postingLog": '"Posting Log":',
  "post.logged": "{postedAt}, suma de comprobación {checksum}...",
  "post.writtenTo": "Escrito en:",
  "post.appended":
    "{count, plural, one {# movimiento de valor añadido} other {# movimientos de valor añadidos}} a Movs. valor; el diario está marcado como registrado.",
  "repair.nothing":
    'No hay nada que terminar: el libro "{workbook}" no tiene ningún registro interrumpido (movimientos de valor ' +
    'con el nº documento de su diario de revalorización que ninguna fila de "Posting Log" cubre). No se escribió ' +
    'nada. "costing post {workbook}" registra un diario aún sin registrar; "costing check {workbook}" muestra ' +
    "lo que contiene el libro.",
  "repair.nothingToRollBack":
    'No hay nada que deshacer: el libro "{workbook}" no tiene ningún registro interrumpido (movimientos de valor ' +
    'con el nº documento de su diario de revalorización que ninguna fila de "Posting Log" cubre). No se escribió ' +
    'nada. "costing post {workbook}" registra un diario aún sin registrar; "costing check {workbook}" muestra ' +
    "lo que contiene el libro.",
  "repair.cannotFinish": "{message} No se puede terminar; no se escribió nada.",
  "repair.finished": 'Registro interrumpido del diario "{journal}" terminado: {workbook}',
  "repair.valueEntriesPosted": "Movimientos de valor registrados:",
  "repair.appendedBy":
    "{range} (añadidos por el registro interrumpido; {count, plural, one {# movimiento de revalorización} " +
    "other {# movimientos de revalorización}}, importe {amount})",
  "repair.noneMore": "ninguno más (Valorar stock - movs. producto no encontró nada más que valorar)",
  "repair.adjustments": "{count} (nº mov. {range}), importe {amount} (Valorar stock - movs. producto)",
  "repair.logRow": "una fila para los movimientos de valor {range}",
  "repair.markedPosted": "El diario está marcado como registrado.",
  "repair.rolledBack": 'Registro interrumpido del diario "{journal}" deshecho: {workbook}',
  "repair.deleted": "Movimientos de valor eliminados:",
  "repair.deletedEntries":
    "{count} (nº mov. {range}, añadidos por el registro interrumpido del nº documento {documentNos})",
  "repair.notPosted":
    'El diario no está registrado: "costing preview {target}" muestra lo que hace su registro, "costing post {target}" lo registra.',
};
