// Spanish (Business Central ESP: Valorar stock - movs. producto, Calcular valor inventario, Diario revalorización).
import type { Translations } from "../msg";
import type { en as EnglishCatalogue } from "./en";

export const es: Translations<typeof EnglishCatalogue> = {
  "problem.error": "Error: {message}",
  "problem.warning": "Advertencia: {message}",
  field: "{label}: {value}",
  rows: "{count, plural, one {fila} other {filas}} {rows}",
  entriesMore: "{entries}, ... ({more} más)",

  "costingMethod.noItemsTable":
    'El libro no tiene una tabla Productos, así que la valoración de existencias de {count, plural, one {# producto} other {# productos}} de los movimientos no se conoce ({items}); no se valora nada por suposición. En Business Central abra Productos, elija Personalizar, agregue la columna Valoración existencias (oculta de forma predeterminada en la lista de productos) y exporte de nuevo (una hoja llamada "Items" o "Productos"), o agregue a mano una tabla Productos con las columnas Nº y Valoración existencias.',
  "costingMethod.noColumn":
    '{table}: falta la columna "Valoración existencias", así que la valoración de existencias de {count, plural, one {# producto} other {# productos}} de los movimientos no se conoce ({items}); no se valora nada por suposición. En Business Central abra Productos, elija Personalizar, agregue la columna Valoración existencias (oculta de forma predeterminada en la lista de productos) y exporte de nuevo, o agregue a mano una columna Valoración existencias a la tabla Productos (un encabezado con la valoración de existencias en la fila de cada producto; una columna con otro encabezado se puede asignar en el paso Movimientos del panel de tareas, Asignar columnas).',
  "costingMethod.itemRow": "{item} (fila {row})",
  "costingMethod.emptyCells":
    '{table}, columna "Valoración existencias": la celda está vacía para {count, plural, one {# producto} other {# productos}} de los movimientos ({items}), así que {count, plural, one {su} other {su}} valoración de existencias no se conoce; no se valora nada por suposición. Escriba la valoración de existencias de cada uno tal como Business Central la tiene en la ficha del producto (FIFO, LIFO, Específico, Promedio o Estándar).',
  "costingMethod.notListed":
    "{table}: {count, plural, one {# producto de los movimientos no está} other {# productos de los movimientos no están}} en la tabla Productos ({items}), así que {count, plural, one {su} other {su}} valoración de existencias no se conoce; no se valora nada por suposición. {count, plural, one {Agréguelo} other {Agréguelos}} a la tabla Productos con el Nº y la valoración de existencias que Business Central {count, plural, one {le} other {les}} da (exporte Productos de nuevo, con la columna Valoración existencias).",
  "costingMethod.orChoose": "O valórelos todos con una sola valoración de existencias: {how}.",
  "costingMethod.chooseOnCommandLine": "ejecute de nuevo el comando con --costing-method {methods}",
  "costingMethod.standardWithoutCost":
    "Se eligió Estándar como valoración de existencias de los productos para los que el libro no da ninguna, pero la tabla Productos no da un coste estándar para {count, plural, one {# de ellos} other {# de ellos}} ({items}): los movimientos de un producto estándar se registran a su coste estándar, así que {count, plural, one {valorarlo} other {valorarlos}} como Estándar sin él sería una suposición. En Business Central abra Productos, elija Personalizar, agregue las columnas Valoración existencias y Coste estándar (ambas ocultas de forma predeterminada en la lista de productos) y exporte de nuevo, o elija otra valoración de existencias.",
  "costingMethod.notNeeded":
    "La valoración de existencias {method} ({how}) no hizo falta: el libro da a cada producto su valoración de existencias.",
  "costingMethod.chosen":
    "Valoración de existencias {method} ({how}) para {count, plural, one {el # producto} other {los # productos}} a los que el libro no da valoración de existencias: {items}. Todos los demás productos se valoran con la valoración de existencias de su fila en Productos.",
  "next.workbook.cli": 'El libro "{workbook}"',
  "next.workbook.pane": "El libro",
  "next.again.cli": "vuelva a ejecutar el comando",
  "next.again.pane": "vuelva a intentarlo",
  "next.calculate.cli": 'ejecute "costing calc-value {workbook} --date <YYYY-MM-DD>"',
  "next.calculate.pane": 'use "Calcular valor inventario" en el panel de tareas',
  "next.adjust.cli": 'ejecute "costing adjust"',
  "next.adjust.pane": 'use "Valorar stock" en el panel de tareas',
  "next.calculateNew.cli": 'calcule un diario nuevo: "costing calc-value {workbook} --date <YYYY-MM-DD>"',
  "next.calculateNew.pane": "{calculate} para calcular un diario nuevo",
  "next.postOrReplace.cli":
    'Regístrelo primero ("costing post {workbook}"), o vuelva a ejecutar calc-value con --replace para descartarlo.',
  "next.postOrReplace.pane": "Regístrelo primero, o vuelva a calcular eligiendo reemplazarlo.",
  "next.calculateAgain.cli":
    'ejecute "costing calc-value {workbook} --date {date} --replace" (con --item, --per y las demás opciones con que se calculó)',
  "next.calculateAgain.pane": "{calculate} para el {date}, eligiendo reemplazar el diario",
  "next.finishPost.cli": 'con "costing post {workbook} --finish"',
  "next.rollBackPost.cli": 'con "costing post {workbook} --rollback"',

  "next.refreshScenario.cli": "ejecute \"costing scenario refresh {workbook} --name '{name}'\"",
  "next.refreshScenario.pane": 'pulse "Recalcular" en el escenario "{name}"',
  "next.replaceScenario.cli": "Indique otro nombre, o vuelva a agregarlo con --replace para calcularlo de nuevo.",
  "next.replaceScenario.pane": 'Indique otro nombre, o marque "Reemplazar el escenario con ese nombre".',

  "next.postOrReplaceScenario.cli":
    'Regístrelo primero ("costing post {workbook}"), o registre el escenario con --replace para descartarlo.',
  "next.postOrReplaceScenario.pane":
    'Regístrelo primero, o marque "Reemplazar un diario de revalorización aún sin registrar".',
  "scenario.postedBefore":
    'El escenario "{name}" ya se registró el {postedAt} (Posting Log, fila {row}); no se registró nada. Registrarlo de nuevo revalorizaría el inventario dos veces.',
  "scenario.journalPosted":
    'El diario "{journal}" ya se registró; no se escribió nada. Un escenario se toma de un diario aún sin registrar: calcule uno nuevo primero.',
  "scenario.nameMissing": "Dé un nombre al escenario; no se escribió nada.",
  "scenario.nothingWritten": "no se escribió nada.",
  "scenario.exists": 'Ya hay un escenario "{name}" en {table}; no se escribió nada. {replace}',
  "scenario.none": "{workbook} aún no tiene escenarios de revalorización; no se hizo nada. Agregue uno primero.",
  "scenario.notFound":
    '{table} no tiene ningún escenario "{name}"; no se hizo nada. Los escenarios que hay son: {names}.',
  "scenario.problems":
    "{table} tiene {count, plural, one {# problema} other {# problemas}} que deben corregirse primero; no se hizo nada. Corrija las celdas indicadas abajo y {again}.",
  "scenario.noJournal":
    "{workbook} no tiene líneas del diario de revalorización de las que tomar el escenario; no se escribió nada. {calculate} primero.",
  "scenario.refused":
    'El escenario "{name}" no se puede calcular: Calcular valor inventario se rechazó por {count, plural, one {# motivo} other {# motivos}} indicados abajo; no se escribió nada.',
  "scenario.nothing":
    'El escenario "{name}" no tiene nada que revalorizar el {date} (no hay existencias de sus productos); no se escribió nada.',
  "scenario.stale":
    'El escenario "{name}" se calculó sobre los movimientos tal como estaban antes: desde entonces se registraron movimientos de sus productos; no se registró nada. {refresh}, revise de nuevo su efecto y luego regístrelo.',
  "scenario.noAmount":
    'El escenario "{name}" no revaloriza nada: el Importe de cada línea es 0,00; no se registró nada. Introduzca el nuevo Prec. coste revaluado en sus líneas de la tabla "Revaluation Scenarios", o vuelva a agregarlo con una hipótesis.',
  "scenario.postRefused":
    'El registro del escenario "{name}" se rechazaría por {count, plural, one {# motivo} other {# motivos}} indicados abajo; no se registró nada.',
  "scenario.baseNotPerEntry":
    "Un escenario a partir del {base} del producto se calcula por producto: Calcular por Movimiento de producto no admite base de cálculo. Calcúlelo por producto, o indique un porcentaje o un coste unitario.",
  "scenario.percentBelow":
    "Un cambio de {percent} % haría negativos los costes unitarios. Indique un cambio de -100 % o más.",

  "journal.nothingPosted": "no se registró nada.",
  "journal.nothingPreviewed": "no se hizo ninguna vista previa.",
  "journal.unposted":
    '{workbook} ya tiene un diario "{journal}" con {count, plural, one {# línea sin registrar} other {# líneas ' +
    "sin registrar}} ({rows}, nº documento {documentNos}); no se escribió nada. {postOrReplace}",
  "journal.unpostedNoDocument":
    '{workbook} ya tiene un diario "{journal}" con {count, plural, one {# línea sin registrar} other {# líneas ' +
    "sin registrar}} ({rows}); no se escribió nada. {postOrReplace}",
  "journal.calculateRefused":
    "Calcular valor inventario se rechazó por {count, plural, one {# motivo} other {# motivos}} indicados abajo; no se escribió nada.",
  "journal.missing":
    "{workbook} no tiene diario de revalorización; {nothing} {calculate} para calcular uno, introduzca el nuevo " +
    "Prec. coste revaluado en sus líneas y {again}.",
  "journal.problems":
    'El diario "{journal}" tiene {count, plural, one {# problema} other {# problemas}} que deben corregirse ' +
    "primero; {nothing} Corrija las celdas indicadas abajo y {again}.",
  "journal.postedLogged":
    'El diario "{journal}" ya se registró el {postedAt} (nº documento {documentNo}, movimientos de valor ' +
    '{first}..{last}; "Posting Log", fila {row}); {nothing} Registrarlo de nuevo revalorizaría el inventario dos ' +
    "veces. Para revalorizar de nuevo, {calculateNew}.",
  "journal.postedLoggedSome":
    'El diario "{journal}" ya se registró el {postedAt} (nº documento {documentNo}, movimientos de valor ' +
    '{first}..{last}; "Posting Log", fila {row}); {nothing} Registrarlo de nuevo revalorizaría el inventario dos ' +
    "veces. Para revalorizar de nuevo, {calculateNew}, o elimine las líneas registradas ({rows}) para registrar " +
    "solo las demás.",
  "journal.blankDocumentNo": "vacío",
  "journal.postedRows":
    'El diario "{journal}" ya se registró (en sus {rows} pone "Posted = Yes"); {nothing} Registrarlo de nuevo ' +
    "revalorizaría el inventario dos veces. Para revalorizar de nuevo, {calculateNew}.",
  "journal.postedRowsSome":
    'El diario "{journal}" ya se registró (en sus {rows} pone "Posted = Yes"); {nothing} Registrarlo de nuevo ' +
    "revalorizaría el inventario dos veces. Para revalorizar de nuevo, {calculateNew}, o elimine las líneas " +
    "registradas ({rows}) para registrar solo las demás.",
  "journal.cannotCompare":
    'El diario "{journal}" no se puede comparar con los movimientos, con los que debe coincidir para ' +
    "registrarse: Calcular valor inventario, ejecutado de nuevo para sus líneas, se rechaza por " +
    "{count, plural, one {# motivo} other {# motivos}} indicados abajo; {nothing} Corrija lo que indican y {again}.",
  "journal.stale":
    'El diario "{journal}" se calculó sobre los movimientos tal como estaban antes: {count, plural, ' +
    "one {# línea ya no coincide} other {# líneas ya no coinciden}} con lo que Calcular valor inventario da ahora " +
    "(abajo); {nothing} Registrarlo revalorizaría el inventario a partir de valores que ya no tiene, por segunda " +
    "vez si el diario ya se registró. {recalculate}, luego introduzca el nuevo Prec. coste revaluado y registre de nuevo.",
  "journal.previewRefused":
    'El registro del diario "{journal}" se rechazaría por {count, plural, one {# motivo} other {# motivos}} indicados abajo; {nothing}',

  "post.noLines":
    'El diario "{journal}" no tiene líneas, así que no hay nada que registrar; {nothing} Introduzca el nuevo ' +
    "Prec. coste revaluado, o el Valor inventario (revalorizado), en las líneas que se van a revalorizar y {again}.",
  "post.noAmount":
    'El diario "{journal}" no tiene ninguna línea con un Importe distinto de 0,00 ({count, plural, ' +
    "one {# línea} other {# líneas}}), así que no hay nada que registrar; {nothing} Introduzca el nuevo Prec. " +
    "coste revaluado, o el Valor inventario (revalorizado), en las líneas que se van a revalorizar y {again}.",
  "post.refused":
    'El registro del diario "{journal}" se rechazó por {count, plural, one {# motivo} other {# motivos}} indicados abajo; {nothing}',

  "interrupted.finishWith":
    'Un registro del diario "{journal}" (nº documento {documentNos}) se interrumpió: los movimientos de valor ' +
    '{first}..{last} se añadieron, pero "Posting Log" no tiene ninguna fila para ellos. Termine el registro ' +
    '{finish} (valoración de existencias, productos, "Posting Log", diario marcado como registrado) o deshágalo ' +
    "{rollBack} (esas filas se eliminan); registrar de nuevo revalorizaría el inventario dos veces.",
  "interrupted.finishInPane":
    'Un registro del diario "{journal}" (nº documento {documentNos}) se interrumpió: los movimientos de valor ' +
    '{first}..{last} se añadieron, pero "Posting Log" no tiene ninguna fila para ellos. Termine el registro ' +
    '(valoración de existencias, productos, "Posting Log", diario marcado como registrado) o deshágalo (esas ' +
    'filas se eliminan) en el paso "Registrar" del panel de tareas; registrar de nuevo revalorizaría el ' +
    "inventario dos veces.",
  "interrupted.partialWith":
    'Un registro del diario "{journal}" (nº documento {documentNos}) se interrumpió: los movimientos de valor ' +
    '{first}..{last} se añadieron, pero "Posting Log" no tiene ninguna fila para ellos. Solo se escribió una ' +
    "parte de los movimientos de revalorización: deshágalo {rollBack} (esas filas se eliminan) y luego registre de nuevo.",
  "interrupted.partialInPane":
    'Un registro del diario "{journal}" (nº documento {documentNos}) se interrumpió: los movimientos de valor ' +
    '{first}..{last} se añadieron, pero "Posting Log" no tiene ninguna fila para ellos. Solo se escribió una ' +
    'parte de los movimientos de revalorización: deshágalo en el paso "Registrar" del panel de tareas (esas ' +
    "filas se eliminan) y luego registre de nuevo.",

  "unsettled.entries":
    "El producto {item} no se valoró: tras {rounds} pasadas de valoración de existencias, los costes de los " +
    "movimientos de producto {entries} siguieron cambiándose entre sí (un bucle de liquidaciones o " +
    "transferencias). No se escribieron movimientos de valor para él; los demás productos se valoraron. Revise " +
    "Liq. por nº orden y las transferencias de esos movimientos, corrija los movimientos y {again}.",
  "unsettled.item":
    "El producto {item} no se valoró: tras {rounds} pasadas de valoración de existencias, sus costes siguieron " +
    "cambiando (un bucle de liquidaciones o transferencias). No se escribieron movimientos de valor para él; los " +
    "demás productos se valoraron. Revise Liq. por nº orden y las transferencias de esos movimientos, corrija los " +
    "movimientos y {again}.",

  "fn.itemMissing": "Falta el número de producto. Indique un número de producto, por ejemplo AVG-DAY.",
  "fn.beforeLedger": "{date} es anterior al primer movimiento ({first}). Indique una fecha a partir del {first}.",
  "fn.nothingToAverage":
    "El producto {item} no tiene nada que promediar en el periodo del {start} al {end}: su cantidad allí es {quantity}.",
  "fn.nothingOnHand": "El producto {item} no tiene existencias el {date}, así que no tiene coste unitario.",
  "fn.rangesNotAligned": "Los rangos dados a AVGCOSTS no tienen el mismo tamaño; esta celda no tiene pareja.",
  "fn.noLedgerBoth":
    "No hay movimientos en este libro: las funciones COSTING necesitan las tablas Movs. producto y Movs. valor " +
    "(hojas o tablas de Excel con esos nombres, tal como se exportan de Business Central; Productos da las " +
    "valoraciones de existencias, Configuración inventario y Periodos contables los periodos de coste medio). " +
    "Faltan: Movs. producto y Movs. valor.",
  "fn.noItemLedgerEntries":
    "No hay movimientos en este libro: las funciones COSTING necesitan las tablas Movs. producto y Movs. valor " +
    "(hojas o tablas de Excel con esos nombres, tal como se exportan de Business Central; Productos da las " +
    "valoraciones de existencias, Configuración inventario y Periodos contables los periodos de coste medio). " +
    "Falta: Movs. producto.",
  "fn.noValueEntries":
    "No hay movimientos en este libro: las funciones COSTING necesitan las tablas Movs. producto y Movs. valor " +
    "(hojas o tablas de Excel con esos nombres, tal como se exportan de Business Central; Productos da las " +
    "valoraciones de existencias, Configuración inventario y Periodos contables los periodos de coste medio). " +
    "Falta: Movs. valor.",
  "fn.dateMissing": "Falta la fecha. Indique una celda de fecha o un texto como 2020-03-01.",
  "fn.notADate": "La fecha {value} no es una fecha. Indique una celda de fecha o un texto como 2020-03-01.",
  "fn.textNotADate": 'La fecha "{value}" no es una fecha.',
  "fn.flag": '{what} admite VERDADERO o FALSO, no "{value}".',
};
