// The task pane in Spanish (Business Central ESP: Valorar stock - movs. producto, Calcular valor inventario,
// Diario revalorización; field captions from the captions module).
import type { Translations } from "../msg";
import type { paneEn as EnglishCatalogue } from "./en";

export const paneEs: Translations<typeof EnglishCatalogue> = {
  "manifest.displayName": "Valoración de existencias",
  "manifest.description":
    "La valoración de existencias de Business Central en Excel: Valorar stock - movs. producto, coste medio y valor del inventario sobre movimientos exportados de Business Central.",
  "manifest.getStartedTitle": "Valoración de existencias está lista",
  "manifest.getStartedDescription":
    "Abra Valoración de existencias en la pestaña Inicio para leer los movimientos exportados de Business Central.",
  "manifest.group": "Valoración",
  "manifest.button": "Valoración de existencias",
  "manifest.tooltip":
    "Abre el panel Valoración de existencias: lee los movimientos de producto y de valor de este libro y enumera los problemas.",
  "pane.steps": "Pasos",
  "pane.tab.ledger": "Movimientos",
  "pane.tab.setup": "Configuración",
  "pane.tab.adjust": "Valorar",
  "pane.tab.calculate": "Calcular",
  "pane.tab.post": "Registrar",
  "pane.tab.valuation": "Valoración",
  "pane.tab.explain": "Explicar",
  "pane.tab.scenarios": "Escenarios",
  "pane.readingAgain": "El libro se vuelve a leer tras el cambio...",
  "pane.notInExcel":
    "Valoración de existencias funciona dentro de Excel. Esta página se abrió fuera de Excel, así que no hay libro que " +
    "leer: abra el libro en Excel y elija Inicio > Valoración de existencias (el README explica cómo añadir el complemento).",

  "pane.cancelled": "Cancelado: no se escribió nada.",
  "pane.progress.read": "Leyendo {table}: {done} de {total} filas",
  "pane.progress.write": "Escribiendo {table}: {done} de {total} filas",
  "pane.progress.append": "Añadiendo a {table}: {done} de {total} filas",
  "pane.writing": "Escribiendo en el libro...",
  "pane.problems": "Problemas",
  "pane.cancel": "Cancelar",
  "pane.cannotCancel": "Escribiendo, no se puede cancelar",
  "pane.readingNow": "Leyendo los movimientos tal como el libro los tiene ahora...",
  "pane.ledgerProblemsNow":
    "Los movimientos del libro tienen problemas ahora, así que no se escribió nada. Corríjalos (el paso " +
    "Movimientos los enumera tras Volver a leer).",

  "pane.ledger.title": "Movimientos",
  "pane.ledger.readAgain": "Volver a leer",
  "pane.ledger.unreadable": "El libro no se pudo leer: {message}",
  "pane.ledger.looking": "Buscando las tablas de movimientos...",
  "pane.ledger.tablesFound": "Tablas encontradas",
  "pane.ledger.details": "Tablas encontradas y configuración vigente",
  "pane.ledger.table": "Tabla",
  "pane.ledger.foundOn": "Encontrada en",
  "pane.ledger.rows": "Filas",
  "pane.ledger.notFound": "no encontrada",
  "pane.ledger.counts": "Movimientos",
  "pane.ledger.items": "{count, plural, one {# producto con movimientos} other {# productos con movimientos}}",
  "pane.ledger.itemLedgerEntries": "{count, plural, one {# movimiento de producto} other {# movimientos de producto}}",
  "pane.ledger.valueEntries": "{count, plural, one {# movimiento de valor} other {# movimientos de valor}}",
  "pane.ledger.postingDates": "Fechas de registro del {from} al {to}",
  "pane.costingMethod.label": "Valorar productos sin valoración de existencias como",
  "pane.costingMethod.howToChoose": 'elija una en "{label}" en el paso Movimientos',
  "pane.costingMethod.notChosen": "Sin elegir: la valoración se detiene",
  "pane.costingMethod.hint":
    "Solo para los productos a los que el libro no da valoración de existencias. Mejor: agregue la columna Valoración existencias a la exportación (Productos, Personalizar) y vuelva a leer.",
  "pane.costingMethod.chosenHere": "elegida en el paso Movimientos",
  "pane.costingMethod.chosenLabel": "Valoración de existencias elegida",
  "pane.ledger.addToExport": "Agregar a la exportación: sin estas la valoración se detiene o las cifras se suponen",
  "pane.ledger.columnsToAdd": "Columnas que agregar a la exportación",
  "pane.ledger.folded":
    "Deducidas exactamente de los movimientos, o no usadas ({count, plural, one {# columna} other {# columnas}})",
  "pane.ledger.derivedColumns": "Columnas deducidas",
  "pane.ledger.errors":
    "{errors, plural, one {# error} other {# errores}} y {warnings, plural, one {# advertencia} other {# advertencias}}: " +
    "corrija las celdas indicadas abajo y luego elija Volver a leer.",
  "pane.ledger.warnings":
    "Listo para la valoración, con {warnings, plural, one {# advertencia} other {# advertencias}} que revisar.",
  "pane.ledger.ready": "Listo para la valoración: no se encontraron problemas.",
  "pane.ledger.goToLabel": "Ir a {table}, fila {row}",
  "pane.ledger.goTo": "Ir a",
  "pane.ledger.rounding": "Redondeo: importes {amount}, importes unitarios {unitAmount}",
  "pane.ledger.noRestriction": "sin restricción",
  "pane.ledger.noPeriods": "Periodos contables: ninguno (periodos del calendario)",
  "pane.ledger.periods": "Periodos contables: {count} en {years, plural, one {# ejercicio} other {# ejercicios}}",

  "pane.import.summary": "Importado de {file} en hojas nuevas: {tables}.",
  "pane.import.summaryMapping":
    'Importado de {file} en hojas nuevas: {tables}. La asignación de columnas del archivo se añadió a la hoja "{sheet}".',
  "pane.import.table": "{table} ({count, plural, one {# fila} other {# filas}})",
  "pane.import.tableFrom": '{table} ({count, plural, one {# fila} other {# filas}}, de "{from}")',
  "pane.import.importing": "Importando {file}",
  "pane.import.reading": "Leyendo {file}...",
  "pane.import.looking": "Buscando las tablas de movimientos en {file}...",
  "pane.import.writing": "Escribiendo las tablas de {file}...",
  "pane.import.button": "Importar desde archivo...",
  "pane.import.label": "Importar desde archivo",
  "pane.import.hint":
    "Una exportación que aún no está en este libro (.xlsx o .csv): cada tabla de movimientos que contiene va a una " +
    "hoja nueva con el nombre de la tabla.",

  "pane.map.twice":
    '{table}: el encabezado "{header}" está elegido para "{first}" y para "{second}". Elíjalo una sola vez.',
  "pane.map.saving": "Guardando la asignación de columnas",
  "pane.map.writing": 'Escribiendo la hoja "{sheet}"...',
  "pane.map.saved": 'Asignación de columnas guardada en la hoja "{sheet}": {changes}.',
  "pane.map.unmapped": '{table} "{column}" ya no está asignada',
  "pane.map.mapped": '{table} "{column}" = "{header}"',
  "pane.map.label": "Asignación de columnas",
  "pane.map.hide": "Ocultar la asignación de columnas",
  "pane.map.show": "Asignar columnas a mano",
  "pane.map.introRequired":
    "No se encontró una columna obligatoria por su nombre. Para cada columna, elija el encabezado que la contiene. " +
    'La asignación se guarda en la hoja "{sheet}" de este libro (columnas Table, Column, Header), para que cada ' +
    "lectura posterior la use, también la de la línea de comandos costing.",
  "pane.map.intro":
    "Encabezados de las tablas que no coinciden con ningún nombre de columna. Para cada columna, elija el " +
    'encabezado que la contiene. La asignación se guarda en la hoja "{sheet}" de este libro (columnas Table, ' +
    "Column, Header), para que cada lectura posterior la use, también la de la línea de comandos costing.",
  "pane.map.legend": '{table} (hoja "{sheet}")',
  "pane.map.nothingToPick":
    "Cada encabezado de la hoja pertenece a otra columna, así que no hay ninguno que elegir: añada la columna que " +
    "falta a la exportación.",
  "pane.map.required": "{column} (obligatoria)",
  "pane.map.stale": 'Asignada a "{header}", que la hoja no tiene.',
  "pane.map.notFound": "No encontrada: elija su encabezado.",
  "pane.map.notMapped": "Sin asignar",
  "pane.map.save": "Guardar asignación",

  "pane.setup.title": "Configuración",
  "pane.setup.notANumber": '{what} "{text}" no es un número. Introduzca por ejemplo 0,01.',
  "pane.setup.notPositive": "{what} debe ser mayor que 0, por ejemplo 0,01.",
  "pane.dateNotRead": '{what} "{text}" no es una fecha; no se hizo nada. Escríbala como {example}.',
  "pane.setup.saving": "Guardando la configuración",
  "pane.setup.writing": "Escribiendo la hoja Configuración inventario...",
  "pane.setup.saved": "Configuración inventario guardada en el libro. Los movimientos se vuelven a leer con ella.",
  "pane.setup.addingYear": "Añadiendo un ejercicio",
  "pane.setup.firstDay": "Introduzca el primer día del ejercicio, el primero de un mes (por ejemplo 2025-01-01).",
  "pane.setup.periodExists": "Ya hay un periodo contable que empieza el {date}.",
  "pane.setup.overlap":
    "El año desde el {from} se solapa con el periodo contable que empieza el {start}. Elija el primer día tras el " +
    "último periodo, o cambie la hoja Periodos contables a mano.",
  "pane.setup.writingPeriods": "Escribiendo la hoja Periodos contables...",
  "pane.setup.added": "Doce periodos mensuales desde el {date} añadidos a la hoja Periodos contables.",
  "pane.setup.noLimit": "Vacío: sin límite.",
  "pane.setup.save": "Guardar configuración",
  "pane.setup.periods": "Periodos contables",
  "pane.setup.noPeriods": "Ninguno: los periodos de coste medio siguen el calendario y la configuración de arriba.",
  "pane.setup.periodCount": "{count, plural, one {# periodo} other {# periodos}}, ejercicios desde {years}.",
  "pane.setup.newYear": "Nuevo ejercicio desde",
  "pane.setup.addPeriods": "Añadir 12 periodos",
  "pane.setup.fiscalYears": "Ejercicios",
  "pane.setup.yearFrom": "Desde",
  "pane.setup.yearsNote":
    "Cada ejercicio conserva el periodo y el tipo de cálculo del coste medio con que se abrió (los de su periodo Nuevo ejercicio); la configuración de arriba es la que recibe un ejercicio añadido a partir de ahora.",

  "pane.adjust.title": "Valorar stock",
  "pane.adjust.intro":
    "Ejecuta Valorar stock - movs. producto: las salidas toman el coste de aquello con lo que se liquidaron, los " +
    "productos de coste medio la media de su periodo. No se escribe nada hasta que añada.",
  "pane.adjust.adjusting": "Valorando existencias",
  "pane.adjust.running": "Ejecutando Valorar stock - movs. producto...",
  "pane.adjust.appending": "Añadiendo",
  "pane.adjust.runningAgain": "Ejecutando de nuevo Valorar stock - movs. producto sobre los movimientos actuales...",
  "pane.adjust.changed":
    "El libro cambió desde que se calcularon los ajustes, así que no se añadió nada. La tabla muestra ahora lo que " +
    "da la valoración de existencias sobre los movimientos actuales: revísela y vuelva a añadir.",
  "pane.adjust.writing":
    "Añadiendo {count, plural, one {# movimiento de valor} other {# movimientos de valor}} a Movs. valor...",
  "pane.adjust.done":
    "{count, plural, one {# movimiento de valor añadido} other {# movimientos de valor añadidos}} a Movs. valor (nº mov. {first}..{last}).",
  "pane.adjust.calculate": "Calcular ajustes",
  "pane.adjust.nothing": "Nada que valorar: el coste de cada producto ya está valorado.",
  "pane.adjust.summary":
    "{count, plural, one {# movimiento de valor} other {# movimientos de valor}} para {items, plural, one {# producto} other {# productos}}, total {total}:",
  "pane.adjust.perItem": "Ajustes por producto",
  "pane.adjust.chart": "Adónde van los ajustes: importe por mes, por producto",
  "pane.adjust.perMonth": "Ajustes por producto y mes (fecha de registro)",
  "pane.adjust.entries": "Movimientos",
  "pane.adjust.append": "Añadir {count, plural, one {# movimiento de valor} other {# movimientos de valor}}",

  "pane.calc.title": "Calcular valor inventario",
  "pane.calc.baseBlank": "(vacío): mantener el valor calculado",
  "pane.calc.baseLastDirect": "Último coste directo",
  "pane.calc.baseStandard": "Coste estándar",
  "pane.calc.calculating": "Calculando",
  "pane.calc.running": "Calculando el valor del inventario...",
  "pane.calc.nothing":
    "Nada que revalorizar el {date}: ningún producto tiene una cantidad revalorizable (completamente facturada, " +
    "en existencias ese día) dentro de las opciones elegidas. No se escribió nada.",
  "pane.calc.written":
    '{count, plural, one {# línea escrita} other {# líneas escritas}} en la hoja "Revaluation Journal", Valor ' +
    "inventario (calculado) {total}. Introduzca allí el nuevo Prec. coste revaluado o el Valor inventario " +
    "(revalorizado), o use las herramientas de simulación de abajo.",
  "pane.calc.noJournal": "Aún no hay diario de revalorización: calcule primero el valor del inventario.",
  "pane.calc.cellsToCorrect": "El diario de revalorización tiene primero celdas que corregir; no se cambió nada.",
  "pane.calc.postedAlready": "Este diario ya se registró; calcule uno nuevo para probar otros costes.",
  "pane.calc.writing": "Escribiendo el diario de revalorización...",
  "pane.calc.changed":
    "{label}: {changed} de {total, plural, one {# línea cambiada} other {# líneas cambiadas}} en el diario de revalorización.",
  "pane.calc.fromLastDirect": "Prec. coste revaluado desde el último coste directo",
  "pane.calc.fromStandard": "Prec. coste revaluado desde el coste estándar",
  "pane.calc.whatIf": "Simulación",
  "pane.calc.notAPercentage": '"{value}" no es un porcentaje. Introduzca por ejemplo -10 o 5,5.',
  "pane.calc.byPercent": "Prec. coste revaluado cambiado en un {percent} %",
  "pane.calc.postingDateHint": "La fecha en que se valora el inventario; la revalorización se registra en ella.",
  "pane.calc.documentNoHint": "Vacío: REVAL-<fecha>.",
  "pane.calc.per": "Calcular por",
  "pane.calc.perItem": "Producto",
  "pane.calc.perEntry": "Movimiento de producto",
  "pane.calc.byLocation": "Por almacén",
  "pane.calc.byVariant": "Por variante",
  "pane.calc.base": "Base de cálculo",
  "pane.calc.updateStandardCost": "Actualizar coste estándar",
  "pane.calc.items": "Productos",
  "pane.calc.itemsHint": "Números de producto separados por comas; vacío para todos los productos.",
  "pane.calc.replace": "Reemplazar un diario sin registrar",
  "pane.calc.calculate": "Calcular",
  "pane.calc.whatIfTitle": "Simulación sobre el diario",
  "pane.calc.forItems": "Para los productos",
  "pane.calc.forItemsHint": "Vacío: cada línea del diario.",
  "pane.calc.change": "Cambio %",
  "pane.calc.apply": "Aplicar",
  "pane.calc.lastDirect": "Desde el último coste directo",
  "pane.calc.standard": "Desde el coste estándar",

  "pane.post.title": "Vista previa y registro",
  "pane.post.intro":
    'Lee la hoja "Revaluation Journal". La vista previa muestra lo que cambiaría el registro; no se escribe nada ' +
    "hasta que registre.",
  "pane.post.preview": "Vista previa",
  "pane.post.readingJournal": "Leyendo el diario de revalorización...",
  "pane.post.onACopy": "Registrando en una copia y valorando existencias...",
  "pane.post.posting": "Registrando",
  "pane.post.checking": "Comprobando cada línea antes de escribir nada...",
  "pane.post.writing":
    'Registrando: añadiendo movimientos de valor, "Posting Log", marcando el diario como registrado...',
  "pane.post.done":
    "{lines, plural, one {# línea registrada} other {# líneas registradas}} (nº documento {documentNos}): " +
    "{revaluations} de revalorización y {adjustments, plural, one {# movimiento de valor de ajuste} " +
    'other {# movimientos de valor de ajuste}} añadidos a Movs. valor, importe {amount}. "Posting Log" tiene una ' +
    "fila nueva y el diario está marcado como registrado.",
  "pane.post.doneRange":
    "{lines, plural, one {# línea registrada} other {# líneas registradas}} (nº documento {documentNos}): " +
    "{revaluations} de revalorización y {adjustments, plural, one {# movimiento de valor de ajuste} " +
    "other {# movimientos de valor de ajuste}} añadidos a Movs. valor (nº mov. {first}..{last}), importe {amount}. " +
    '"Posting Log" tiene una fila nueva y el diario está marcado como registrado.',
  "pane.post.adjust": "Valorar existencias tras registrar (lleva la revalorización a las ventas a las que afecta)",
  "pane.post.post": "Registrar",
  "pane.post.previewFirst":
    "Vea primero la vista previa del diario: Registrar se habilita cuando la vista previa muestra lo que cambia el registro.",
  "pane.post.changedSincePreview":
    "El diario de revalorización o los movimientos han cambiado desde la vista previa, así que no se registró nada.",
  "pane.post.previewNow":
    "La vista previa de abajo muestra el diario tal como está ahora: revísela y registre después.",
  "pane.post.wouldCreate":
    "El registro crearía {count, plural, one {# movimiento de valor de revalorización} other {# movimientos de " +
    "valor de revalorización}}; la valoración de existencias añadiría luego {adjustments}.",
  "pane.post.perItem": "Efecto por producto",
  "pane.post.item": "Producto",
  "pane.post.inventoryBefore": "Inventario antes",
  "pane.post.after": "después",
  "pane.post.cogsChange": "Cambio del coste de ventas",
  "pane.post.perMonth": "Efecto por producto y mes",
  "pane.post.month": "Mes",
  "pane.post.inventory": "Inventario",
  "pane.post.cogs": "Coste de ventas",
  "pane.post.finishing": "Terminando el registro",
  "pane.post.finishingInterrupted": "Terminando el registro interrumpido...",
  "pane.post.rollingBack": "Deshaciendo",
  "pane.post.deleting": "Eliminando los movimientos de valor que añadió el registro interrumpido...",
  "pane.post.finish": "Terminar el registro",
  "pane.post.rollBack": "Deshacer",
  "pane.post.inventoryDown": "inventario baja",
  "pane.post.inventoryUp": "inventario sube",
  "pane.post.cogsUp": "coste de ventas sube",
  "pane.post.cogsDown": "coste de ventas baja",
  "pane.post.unchanged":
    "{count, plural, one {# producto} other {# productos}} que el diario no cambia no se muestran.",
  "pane.post.signs":
    "Inventario y coste de ventas como quedarían tras registrar, ajuste de costes incluido. Un cambio positivo del coste de ventas es más coste (un margen menor), uno negativo, menos.",
  "pane.post.writeToSheet": "Escribir en una hoja, con un gráfico",
  "pane.post.writingSheet": "Escribiendo la hoja Revaluation Preview y su gráfico...",
  "pane.post.sheetWritten":
    "El cambio por mes está en la hoja {sheet}, con un gráfico al lado para copiar en un informe.",
  "pane.post.sheetWrittenNoChart": "El cambio por mes está en la hoja {sheet} (este Excel no añade gráficos).",
  "pane.post.chartTitle": "Cambio por mes: valor del inventario y coste de ventas",

  "pane.scenarios.title": "Escenarios de revalorización",
  "pane.scenarios.intro":
    'Pruebe varias revalorizaciones antes de registrar una. Cada escenario es un conjunto de líneas del diario de revalorización, guardado en la hoja "Revaluation Scenarios" y comparado, en una copia, sobre los movimientos tal como están ahora: no se registra nada hasta que registre uno.',
  "pane.scenarios.compare": "Comparar",
  "pane.scenarios.comparing": "Comparando los escenarios en una copia de los movimientos",
  "pane.scenarios.none": "Aún no hay escenarios: agregue uno abajo.",
  "pane.scenarios.sideBySide": "Los escenarios lado a lado",
  "pane.scenarios.inventoryAfter": "Inventario después",
  "pane.scenarios.signs": "Negativo: inventario baja, o coste de ventas baja.",
  "pane.scenarios.staleMark":
    "* Desactualizado: se registraron movimientos de sus productos desde que se calculó; las cifras muestran lo que da ahora.",
  "pane.scenarios.cogsChart": "Coste de ventas: cambio por mes",
  "pane.scenarios.inventoryChart": "Valor del inventario: cambio por mes",
  "pane.scenarios.sheetInventory": "{name}: cambio del inventario",
  "pane.scenarios.sheetCogs": "{name}: cambio del coste de ventas",
  "pane.scenarios.sheetChart": "Cambio por mes y escenario: valor del inventario y coste de ventas",
  "pane.scenarios.current": "Calculado sobre los movimientos tal como están.",
  "pane.scenarios.stale": "Desactualizado: recalcúlelo antes de registrarlo.",
  "pane.scenarios.postedAt": "Registrado el {postedAt}.",
  "pane.scenarios.byPercent": "Coste unitario cambiado en un {percent} %",
  "pane.scenarios.atUnitCost": "Coste unitario {cost}",
  "pane.scenarios.typed": "Costes unitarios introducidos en la hoja",
  "pane.scenarios.whatIfOn": "{whatIf}, fecha de registro {date}",
  "pane.scenarios.recalculate": "Recalcular",
  "pane.scenarios.refreshed": 'El escenario "{name}" se calculó de nuevo sobre los movimientos tal como están ahora.',
  "pane.scenarios.post": "Registrar",
  "pane.scenarios.posting": "Registrando el escenario",
  "pane.scenarios.postedDone":
    'El escenario "{name}" se registró como el diario de revalorización: {revaluations, plural, one {# movimiento de revalorización} other {# movimientos de revalorización}} ({amount}) y {adjustments, plural, one {# movimiento de ajuste} other {# movimientos de ajuste}}. Los demás escenarios de sus productos están ahora desactualizados.',
  "pane.scenarios.changedSinceCompare":
    'El escenario "{name}" o los movimientos han cambiado desde la comparación; no se registró nada. La comparación se muestra de nuevo tal como está ahora: revísela y registre después.',
  "pane.scenarios.replaceJournal": "Reemplazar un diario de revalorización aún sin registrar",
  "pane.scenarios.perItem": "Por producto",
  "pane.scenarios.hideItems": "Ocultar productos",
  "pane.scenarios.perItemOf": "{name}, por producto",
  "pane.scenarios.noItemChanges": "No cambia ningún producto: el Importe de cada línea es 0,00.",
  "pane.scenarios.addTitle": "Agregar un escenario",
  "pane.scenarios.name": "Nombre",
  "pane.scenarios.whatIf": "Nuevo coste unitario",
  "pane.scenarios.percent": "El coste unitario calculado, cambiado en un porcentaje",
  "pane.scenarios.unitCost": "Un mismo coste unitario para todas las líneas",
  "pane.scenarios.lastDirect": "El último coste directo del producto",
  "pane.scenarios.standard": "El coste estándar del producto",
  "pane.scenarios.calculated": "El coste unitario calculado: introduzco los nuevos en la hoja",
  "pane.scenarios.fromJournal": "Las líneas del diario de revalorización tal como están",
  "pane.scenarios.percentValue": "Cambio en %, por ejemplo -10",
  "pane.scenarios.unitCostValue": "Coste unitario, por ejemplo 8,00",
  "pane.scenarios.items": "Productos (vacío: todos los productos)",
  "pane.scenarios.replace": "Reemplazar el escenario con ese nombre",
  "pane.scenarios.add": "Agregar escenario",
  "pane.scenarios.adding": "Agregando el escenario",
  "pane.scenarios.writing": "Escribiendo la hoja Revaluation Scenarios",
  "pane.scenarios.added":
    'Se agregó el escenario "{name}": {count, plural, one {# línea} other {# líneas}}, importe de revalorización {amount}.',
  "pane.scenarios.missingDate": "Introduzca la fecha de registro de la revalorización; no se hizo nada.",
  "pane.scenarios.negativeCost": '"{value}" es negativo; no se hizo nada. Introduzca un coste unitario de 0 o más.',
  "pane.scenarios.notANumber": '"{value}" no es un número; no se hizo nada. Introdúzcalo como -10 o 8,00.',

  // Explain
  "pane.explain.title": "Explicar un coste medio",
  "pane.explain.intro":
    "La vista del cálculo del coste medio de Business Central para un producto con valoración Medio en una fecha: el periodo de coste medio, la apertura, cada movimiento del periodo, el cierre y la media, tal como el ajuste de costes deja los movimientos (en una copia; no se escribe nada). O seleccione en Excel una celda COSTING o una fila de movimientos y parta de ahí.",
  "pane.explain.date": "Fecha",
  "pane.explain.codeHint":
    "Solo cuando el tipo de cálculo del coste medio es Producto y almacén y variante. Vacío: cada almacén; (blank): los movimientos sin almacén.",
  "pane.explain.explain": "Explicar",
  "pane.explain.explaining": "Explicando",
  "pane.explain.computing": "Ajustando costes en una copia y reuniendo los movimientos del periodo...",
  "pane.explain.fromSelection": "Desde la celda seleccionada",
  "pane.explain.readingSelection": "Leyendo la celda seleccionada...",
  "pane.explain.writeToSheet": "Escribir en una hoja",
  "pane.explain.writing": "Escribiendo la hoja Average Cost Overview...",
  "pane.explain.written": "{rows, plural, one {# fila escrita} other {# filas escritas}} en la hoja {sheet}.",
  "pane.explain.fromCall": "Explicado desde {address}: COSTING.{name}.",
  "pane.explain.fromRow": "Explicado desde {table}, fila {row}.",
  "pane.explain.selectionNotUsable":
    "La celda seleccionada {address} no contiene una fórmula COSTING y no es una fila de los movimientos de valor ni de los movimientos de producto; no se explicó nada. Seleccione una celda así en Excel y pulse de nuevo Desde la celda seleccionada, o escriba el producto y la fecha.",
  "pane.explain.notExplained":
    "La celda seleccionada {address} contiene COSTING.{name}, que no tiene una media detrás; no se explicó nada. Seleccione una celda con AVGCOST, UNITCOST, QTY, VALUE, REVALQTY o EXPLAIN.",
  "pane.explain.argumentUnknown":
    "La celda seleccionada {address} pasa {text}, que el panel no puede leer como producto, fecha o código; no se explicó nada. Escriba el producto y la fecha arriba y pulse Explicar.",
  "pane.explain.argumentMissing":
    "La fórmula de {address} no da producto o fecha; no se explicó nada. Escríbalos arriba y pulse Explicar.",
  "pane.explain.missing": "Escriba el número de producto y una fecha y pulse Explicar.",
  "pane.explain.goTo": "Ir al movimiento de producto {entry}",
  "pane.explain.averageOf": "Media de",

  // Valuation
  "pane.valuation.title": "Valoración del inventario",
  "pane.valuation.intro":
    "El inventario por producto en una fecha, tal como costing valuation lo valora en la línea de comandos: cantidad y valor (coste real y esperado). No se escribe nada.",
  "pane.valuation.date": "Fecha",
  "pane.valuation.basis": "Contar los movimientos de valor",
  "pane.valuation.byValuationDate": "Por fecha de valoración (como Calcular valor inventario y el coste medio)",
  "pane.valuation.byPostingDate": "Por fecha de registro (como el informe Valoración de inventario)",
  "pane.valuation.byLocation": "Una línea por almacén",
  "pane.valuation.adjusted":
    "Con los ajustes que registraría el ajuste de costes (en una copia, como responden las funciones COSTING)",
  "pane.valuation.value": "Valorar inventario",
  "pane.valuation.valuing": "Valorando",
  "pane.valuation.computing": "Sumando los movimientos de valor...",
  "pane.valuation.adjusting": "Ajustando costes en una copia y sumando los movimientos de valor...",
  "pane.valuation.heading": "Inventario a {date}, por fecha de valoración",
  "pane.valuation.headingPosting": "Inventario a {date}, por fecha de registro",
  "pane.valuation.none": "Sin existencias ni valor en esa fecha.",
  "pane.valuation.expected": "Del total, {amount} es coste esperado (enviado o recibido, aún sin facturar).",
  "pane.valuation.hidden":
    "{count, plural, one {# producto} other {# productos}} sin existencias ni valor en esa fecha no se muestran.",
  "pane.valuation.missingDate": "Escriba una fecha y pulse Valorar inventario.",

  // Journal lines
  "pane.journal.title": "Líneas del diario",
  "pane.journal.show": "Mostrar las líneas del diario",
  "pane.journal.readAgain": "Volver a leer las líneas",
  "pane.journal.reading": "Leyendo el diario de revalorización...",
  "pane.journal.none": "El libro aún no tiene un diario de revalorización: calcule uno primero en el paso Calcular.",
  "pane.journal.saving": "Cambiando el coste unitario",
  "pane.journal.writing": "Escribiendo el coste unitario (revalorizado) en el diario y recalculando la línea...",
  "pane.journal.notANumber":
    '"{text}" no es un coste unitario; no se escribió nada. Escriba un número de 0 o más, como {example}.',
  "pane.journal.cannot":
    "No se pudo cambiar esa línea (está registrada o el diario cambió); no se escribió nada. Las líneas de arriba son el diario tal como está ahora.",
  "pane.journal.onHand": "{quantity} a {unitCost} calculado",
  "pane.journal.unitCostOf": "Coste unitario (revalorizado) de {item}, fila {row}",
  "pane.journal.more": "Las primeras {shown} de {count} líneas; la hoja las tiene todas.",
};
