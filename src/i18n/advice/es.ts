// The export advice in Spanish (English: ./en.ts).
import type { Translations } from "../msg";
import type { adviceEn } from "./en";

export const adviceEs: Translations<typeof adviceEn> = {
  "advice.required": "La tabla no se puede leer sin ella: cada fila la necesita.",
  "advice.fromItemLedgerEntry":
    "Tomada del movimiento de producto del movimiento de valor, donde Business Central registra lo mismo.",
  "advice.notNeeded": "No la usa la valoración.",
  "advice.entryCost": "No hace falta: el coste de un movimiento es la suma de sus movimientos de valor.",
  "advice.38.documentNo":
    "Una recepción de transferencia se empareja con el envío de transferencia anterior más cercano del producto en vez del envío de su propio documento.",
  "advice.38.locationCode":
    "Cada movimiento se toma como registrado sin almacén, así que los almacenes de un producto se liquidan y promedian juntos.",
  "advice.38.variantCode":
    "Cada movimiento se toma como registrado sin variante, así que las variantes de un producto se liquidan y promedian juntas.",
  "advice.38.invoicedQuantity": "Suma de los movimientos de valor del movimiento.",
  "advice.38.remainingQuantity":
    "Recalculada a partir de las liquidaciones de producto, en el orden de los números de movimiento.",
  "advice.38.open": "Fijado a partir de la cantidad pendiente recalculada.",
  "advice.38.positive": "Fijado a partir del signo de la cantidad.",
  "advice.38.completelyInvoiced": "Fijado donde la cantidad facturada es igual a la cantidad.",
  "advice.38.lastInvoiceDate":
    "La fecha de registro más reciente de los movimientos de valor facturados del movimiento.",
  "advice.38.appliestoEntry":
    "Tomado como 0 (sin liquidación fija): una devolución o corrección registrada contra un movimiento concreto se liquida y valora como si no lo tuviera, y una salida de un producto de coste medio se valora al coste medio.",
  "advice.38.orderNo":
    "Una salida de producción no se vincula con lo que consumió su orden de producción o de ensamblado, así que su coste no se ajusta a partir del consumo.",
  "advice.38.serialNo":
    "Los movimientos de un producto con valoración Específico se liquidan según FIFO en vez de por número de serie.",
  "advice.38.lotNo":
    "Los movimientos de un producto con valoración Específico se liquidan según FIFO en vez de por número de lote.",
  "advice.5802.valuationDate":
    "Recalculada en el orden de los números de movimiento a partir de las fechas de registro y las liquidaciones de producto, como la fijó el registro.",
  "advice.5802.documentNo": "Tomado del movimiento de producto del movimiento de valor.",
  "advice.5802.valuedQuantity":
    "La cantidad del movimiento de producto (la cantidad facturada en una factura posterior). Sin la columna, costing adjust se niega a agregar nuevos movimientos de valor que no se volverían a leer igual.",
  "advice.5802.invoicedQuantity":
    "La cantidad valorada de un coste directo que no es un ajuste, un cargo de producto ni un coste previsto; si no, 0. Sin la columna, costing adjust se niega a agregar nuevos movimientos de valor que no se volverían a leer igual.",
  "advice.5802.itemLedgerEntryQuantity": "La cantidad del movimiento en su primer movimiento de valor, 0 en los demás.",
  "advice.5802.costAmountExpected":
    "Tomado como 0, así que las recepciones y envíos aún no facturados no tienen coste. Costing adjust se niega a agregar nuevos movimientos de valor con un coste previsto.",
  "advice.5802.costPerUnit":
    "El coste dividido por la cantidad valorada, donde hace falta (la parte abierta de un movimiento negativo).",
  "advice.5802.adjustment":
    "Un movimiento solo se toma como ajuste cuando tiene un Liq. por nº orden, que la página no tiene, así que los ajustes anteriores se leen como registros. Costing adjust se niega a agregar nuevos ajustes.",
  "advice.5802.itemChargeNo":
    "Tomado como vacío, así que un cargo de producto se lee como un registro ordinario de coste directo.",
  "advice.5802.valuedByAverageCost":
    "Fijado en los movimientos de salida de productos de coste medio que no tienen liquidación fija.",
  "advice.5802.partialRevaluation":
    "Las revalorizaciones se toman como hechas por Calcular valor inventario, lo que da el mismo coste.",
  "advice.5802.appliestoEntry":
    "Tomado como 0: un ajuste se asocia a su movimiento a través de su movimiento de producto, lo que da el mismo coste.",
  "advice.5802.expectedCost": "Fijado en los movimientos que solo llevan un importe previsto.",
  "advice.31.costingMethod":
    "La valoración se detiene hasta que se conozca la valoración de existencias de cada producto.",
  "advice.31.unitCost":
    "No lo usa la valoración; registrar una revalorización con actualización del coste estándar escribe en él el nuevo coste unitario de un producto estándar.",
  "advice.31.standardCost":
    "No lo usa Valorar stock - movs. producto (los movimientos de valor llevan el coste estándar); calc-value --base standard-cost propone a partir de él los nuevos costes unitarios, y registrar con actualización del coste estándar escribe en él.",
  "advice.31.lastDirectCost":
    "No lo usa la valoración; calc-value --base last-direct-cost propone a partir de él los nuevos costes unitarios.",
  "advice.31.blocked":
    "No lo usa la valoración; Calcular valor inventario toma cada producto como no bloqueado, donde Business Central rechaza uno bloqueado.",
  "advice.506.postingDate": "Tomada del movimiento de producto de la liquidación.",
  "advice.506.transferredfromEntryNo":
    "Tomado como 0, así que una recepción de transferencia no se vincula con el movimiento de entrada del que vinieron sus mercancías.",
  "advice.506.costApplication":
    "Tomado como No, así que ningún movimiento de salida toma su coste del movimiento de entrada con el que se liquidó.",
  "advice.100.newFiscalYear":
    "Ningún periodo se toma como inicio de un ejercicio, así que la configuración de inventario se aplica a todas las fechas.",
  "advice.100.averageCostPeriod":
    "Cada ejercicio se lee con un periodo de coste medio vacío, que Business Central nunca tiene, así que la valoración se detiene.",
  "advice.100.averageCostCalcType":
    "El tipo de cálculo de coste medio de la configuración de inventario se toma para cada ejercicio.",
  "advice.38.absent": "No se puede valorar nada sin los movimientos de producto.",
  "advice.38.absentExport": 'Abra la página 38 "Movs. producto" y elija Abrir en Excel.',
  "advice.5802.absent": "No se puede valorar nada sin los movimientos de valor.",
  "advice.5802.absentExport": 'Abra la página 5802 "Movs. valor" y elija Abrir en Excel.',
  "advice.31.absentExport":
    'Abra la página 31 "Lista de productos" (Productos), elija Personalizar y agregue "Valoración existencias" (oculta de forma predeterminada), luego elija Abrir en Excel.',
  "advice.506.absent":
    "Reconstruidos liquidando las cantidades en el orden de los números de movimiento, como hizo el registro (FIFO, LIFO, Específico, liquidaciones fijas, transferencias).",
  "advice.506.absentExport":
    'La página 506 "Movs. liquidación producto" no se encuentra con la búsqueda: agregue ?page=506 a la dirección de Business Central y elija Abrir en Excel, o exporte la tabla 339 "Mov. liquidación producto" con un paquete de configuración (RapidStart).',
  "advice.100.absent":
    "El periodo de coste medio y el tipo de cálculo de coste medio de la configuración de inventario se aplican a todas las fechas, y los ejercicios son años naturales.",
  "advice.100.absentExport":
    'Abra la página 100 "Periodos contables", elija Personalizar y agregue "Periodo coste medio" y "Tipo cálculo cte. medio" (ocultos de forma predeterminada), luego elija Abrir en Excel.',
  "advice.notHere.transfers": "Estos movimientos no tienen transferencias, así que no cambia nada aquí.",
  "advice.notHere.production":
    "Estos movimientos no tienen salidas de producción, consumos ni ensamblados, así que no cambia nada aquí.",
  "advice.notHere.specific":
    "Estos movimientos no tienen productos con valoración Específico, así que no cambia nada aquí.",
  "advice.setup":
    "Se usan los valores iniciales de Business Central: periodo de coste medio Día, tipo de cálculo de coste medio Producto y almacén y variante, importes redondeados a 0,01 e importes unitarios a 0,00001.",
  "advice.setupExport":
    'Agregue una hoja "Configuración inventario" con las columnas Campo y Valor y una fila para cada uno de Periodo coste medio y Tipo cálculo cte. medio (página 461 "Configuración inventario"), Precisión redondeo importe, Precisión redondeo importe unitario y Permitir registro desde (página 118 "Configuración contabilidad"): ambas páginas son fichas, que Abrir en Excel no exporta.',
  "advice.shown":
    'La página {page} "{pageName}" muestra "{field}" de forma predeterminada: elija Abrir en Excel en la página (si "{field}" se quitó con Personalizar, vuelva a agregarlo antes).',
  "advice.hidden":
    'La página {page} "{pageName}" oculta "{field}" de forma predeterminada: en la página elija el icono de configuración, Personalizar, + Campo, arrastre "{field}" a la lista, elija Listo y luego de nuevo Abrir en Excel.',
  "advice.absent":
    'La página {page} "{pageName}" no tiene "{field}", así que Personalizar no puede agregarlo: un administrador puede agregarlo con Personalizar páginas (Perfiles (roles), Business Central 2023 oleada de lanzamiento 2 o posterior), o exportar la tabla {tableNo} "{tableName}" con un paquete de configuración (RapidStart), o leerlo a través de la API (OData).',
  "advice.oldPage506":
    'La página 506 "Movs. liquidación producto" muestra "{field}" en las versiones recientes de Business Central; donde la página no lo tenga, exporte en su lugar la tabla 339 "Mov. liquidación producto" con un paquete de configuración (RapidStart).',
  "advice.chosenMethod":
    "Los productos sin valoración de existencias se valoran como {method}, la valoración elegida para ellos; las cifras son las de Business Central solo si esa es la valoración de existencias de cada producto allí.",
  "advice.page.38": "Movs. producto",
  "advice.page.5802": "Movs. valor",
  "advice.page.31": "Lista de productos",
  "advice.page.506": "Movs. liquidación producto",
  "advice.page.100": "Periodos contables",
  "advice.table.32": "Mov. producto",
  "advice.table.5802": "Mov. valor",
  "advice.table.27": "Producto",
  "advice.table.339": "Mov. liquidación producto",
  "advice.table.50": "Periodo contable",
  // One advice as the command line and the task pane show it.
  "advice.lineTable":
    "{table}, toda la tabla{count, plural, =0 {} one { (# fila)} other { (# filas)}}: {effect}",
  "advice.lineColumn":
    '{table}, columna "{column}"{count, plural, =0 {} one { (# fila)} other { (# filas)}}: {effect}',
  "advice.lineToExport": "Para exportarla: {hint}",
};
