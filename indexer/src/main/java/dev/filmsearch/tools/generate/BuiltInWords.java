package dev.filmsearch.tools.generate;

import java.util.List;

/** A small vocabulary written for the generator, most frequent first; no real corpus text. */
final class BuiltInWords {
    private BuiltInWords() {
    }

    static final List<String> ENGLISH = words("""
            the a and of to is in it that this was film movie for with as but on his her be one all at by
            an are they who from so like just about story there out time what good has more when very
            some can if even only would great really no see well which much their character made
            also first most people other been love way life how best into characters after man could
            plot never little seen acting make better where any many scenes scene young end while old
            world family new city night house war father mother town girl boy friend killer doctor detective
            dream journey secret river mountain winter summer road island ship train letter song music
            dark light heart fire water shadow ghost stranger king queen soldier teacher brother sister
            last long funny sad beautiful strange quiet brave lonely wild lost broken hidden golden
            finds returns discovers must fight escape learns meets loses tries becomes leaves
            director performance ending camera cast script drama comedy thriller horror""");

    static final List<String> SPANISH = words("""
            de la que el en y a los se del las un por con no una su para es al lo como más pero sus le
            película ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde
            quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí
            antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual
            historia personajes director actores guion final escena escenas cine mundo vida amor
            tiempo ciudad noche casa guerra padre madre hermano hermana pueblo niña niño amigo mujer
            hombre sueño viaje secreto río montaña invierno verano camino isla barco tren carta
            canción música oscuro luz corazón fuego agua sombra fantasma extraño rey reina soldado
            maestro último largo divertido triste hermosa extraña tranquilo valiente solo perdido
            encuentra vuelve descubre debe lucha escapa aprende conoce pierde intenta actuación
            interpretación cámara reparto drama comedia suspense terror buena mala mejor peor""");

    static final List<String> FIRST_NAMES = words("""
            John Mary James Anna Robert Elena Michael Laura David Carmen William Sofia Richard Lucia
            Thomas Isabel Charles Marta Joseph Julia Daniel Paula George Clara Peter Rosa Paul Alice
            Mark Irene Steven Grace Kevin Nora Pablo Helen Javier Emma Carlos Olivia Miguel Ruth
            Luis Diana Andrés Silvia Jorge Teresa Antonio Beatriz Frank Lena""");

    static final List<String> LAST_NAMES = words("""
            Smith García Johnson Martínez Brown López Taylor González Miller Rodríguez Wilson Fernández
            Moore Sánchez Clark Pérez Walker Gómez Hall Díaz Allen Romero Young Navarro King Torres
            Wright Ruiz Scott Morales Green Ortega Baker Castro Adams Vega Nelson Herrera Carter Molina
            Mitchell Rubio Turner Serrano Parker Blanco Evans Suárez Collins Ibáñez""");

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
